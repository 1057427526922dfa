// Reading caption text from the page. textContent, never innerText (which forces layout and skips hidden
// nodes) and never innerHTML: caption text is data, and markup in it stays text.
import { cleanCaptionText, cleanSpeakerLabel } from '../../lib/capture/caption-text';

export function readCaptionText(element: Element | null): string {
  return element ? cleanCaptionText(element.textContent ?? '') : '';
}

export function readSpeakerLabel(element: Element | null): string {
  return element ? cleanSpeakerLabel(element.textContent ?? '') : '';
}
