// Where the meeting's captions start, so the overlay can stop above them rather than cover what the buyer says.
import { queryFirst } from '../../capture/dom/query';
import type { Platform } from '../../lib/types';
import { platformDefinition } from '@/platforms/registry';

/** The captions' top edge in px from the viewport top, or null while no captions are shown. */
export function captionsTop(platform: Platform, doc: Document): number | null {
  const rect = queryFirst(doc, platformDefinition(platform).captions.selectors.container)?.getBoundingClientRect();
  return rect && rect.height > 0 ? Math.round(rect.top) : null;
}
