// Signs that captions are on screen that survive a redesign's new class names: a region labelled as captions in
// any UI language we know, or a captions button in its pressed state ("Turn off captions", aria-pressed). Asked
// once a second during a call, with querySelector only.
import { CAPTION_REGION_LABELS_BY_LANGUAGE } from '../../lib/capture/speaker-labels';

const CAPTION_WORDS = Object.values(CAPTION_REGION_LABELS_BY_LANGUAGE).flat();

/** Elements named as captions: `[aria-label="Captions"], [aria-label="Untertitel"], …` on landmarks and live regions. */
export const CAPTION_LABELLED_REGIONS = CAPTION_WORDS.flatMap((label) => [
  `[role="region"][aria-label="${label}"]`,
  `[aria-live][aria-label="${label}"]`,
  `[role="log"][aria-label="${label}"]`,
]).join(', ');

const PRESSED_TOGGLES = 'button[aria-pressed="true"], [role="button"][aria-pressed="true"], [role="switch"][aria-checked="true"]';
/** Labels of a captions button whose next press would turn captions off. */
const TURN_OFF_LABELS = /turn off (live )?captions|hide (live )?captions|untertitel (deaktivieren|ausblenden)/i;
const CAPTION_WORD = new RegExp(CAPTION_WORDS.join('|'), 'i');

function isCaptionsToggleOn(element: Element): boolean {
  const label = element.getAttribute('aria-label') ?? '';
  return element.matches(PRESSED_TOGGLES) ? CAPTION_WORD.test(label) : TURN_OFF_LABELS.test(label);
}

/** Whether the page itself says captions are on. */
export function pageShowsCaptionsOn(document: Document): boolean {
  if (document.querySelector(CAPTION_LABELLED_REGIONS)) return true;
  for (const element of document.querySelectorAll(`${PRESSED_TOGGLES}, button[aria-label]`)) {
    if (isCaptionsToggleOn(element)) return true;
  }
  return false;
}
