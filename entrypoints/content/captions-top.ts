// Where the meeting's captions start, so the overlay can stop above them rather than cover what the buyer says.
import { queryFirst } from '../../capture/dom/query';
import { MEET_SELECTORS } from '../../capture/platforms/meet';
import { TEAMS_SELECTORS } from '../../capture/platforms/teams';
import { ZOOM_SELECTORS } from '../../capture/platforms/zoom';
import type { Platform } from '../../lib/types';

const CAPTION_CONTAINERS = { meet: MEET_SELECTORS.container, teams: TEAMS_SELECTORS.container, zoom: ZOOM_SELECTORS.container };

/** The captions' top edge in px from the viewport top, or null while no captions are shown. */
export function captionsTop(platform: Platform, doc: Document): number | null {
  const rect = queryFirst(doc, CAPTION_CONTAINERS[platform])?.getBoundingClientRect();
  return rect && rect.height > 0 ? Math.round(rect.top) : null;
}
