// Google Meet captions. Tested on the fixture test/fixtures/meet.html, which reproduces meet.google.com/abc-defg-hij
// as described in docs/platforms.md (2026): a caption region with one block per speaker turn, the
// newest block rewritten in place about every 300 ms, older blocks corrected afterwards, the whole region
// replaced (with recent history re-rendered) when captions are toggled or the layout changes.
import { createDomCaptionAdapter } from '../dom/dom-caption-adapter';
import type { CaptionSelectorTable } from '../dom/caption-spec';
import { CAPTION_REGION_LABELS_BY_LANGUAGE } from '../../lib/capture/speaker-labels';

/** The caption region by its label in any UI language we know: `[aria-label="Captions"], [aria-label="Untertitel"], …`. */
const CAPTION_REGION_LABELS = Object.values(CAPTION_REGION_LABELS_BY_LANGUAGE)
  .flat()
  .map((label) => `[aria-label="${label}"]`)
  .join(', ');

/** Stable attributes first, obfuscated class names last. */
export const MEET_SELECTORS: CaptionSelectorTable = {
  inCall: [
    // The leave-call button: its icon is named "call_end" in every UI language; the English label as a fallback.
    { selector: 'button i', text: 'call_end' },
    { selector: 'button span[aria-hidden="true"]', text: 'call_end' },
    'button[aria-label*="Leave call"]',
  ],
  container: [
    `div[role="region"][tabindex="0"]:is(${CAPTION_REGION_LABELS})`,
    'div[role="region"][tabindex="0"]:has(.nMcdL, .TBMuR)',
    '[jsname="dsyhDe"]',
    '.a4cQT',
  ],
  // The region's last children (a spacer, "Jump to bottom") are not captions: they have no text element and are
  // skipped. The structural fallback catches blocks whose class was renamed; wrappers around blocks are skipped.
  row: ['.nMcdL', '.TBMuR', 'div[role="region"][tabindex="0"] > div'],
  speaker: ['span.NWpY1d', '.KcIKyf', '.zs7s8d'],
  text: ['.ygicle', '[jsname="tgaKEf"]'],
};

export const meetAdapter = createDomCaptionAdapter({
  platform: 'meet',
  selectors: MEET_SELECTORS,
  selectorsCheckedOn: '2026-12-04',
  matchesFrame: (location, isTopFrame) => isTopFrame && location.hostname === 'meet.google.com',
  // Meet re-renders only recent history, a minute or two of it.
  returnWindowMs: 5 * 60_000,
});
