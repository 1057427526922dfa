// Google Meet (meet.google.com), as described in docs/platforms.md (2026): a caption region with one block per
// speaker turn, the newest block rewritten in place about every 300 ms, older blocks corrected afterwards, the whole
// region replaced (with recent history re-rendered) when captions are toggled or the layout changes.
import { CAPTION_REGION_LABELS_BY_LANGUAGE, SELF_LABELS_BY_LANGUAGE } from '../../lib/capture/meeting-ui-labels';
import { definePlatform } from '../platform-definition';

/** The caption region by its label in any UI language we know: `[aria-label="Captions"], [aria-label="Untertitel"], …`. */
const CAPTION_REGION_LABELS = Object.values(CAPTION_REGION_LABELS_BY_LANGUAGE)
  .flat()
  .map((label) => `[aria-label="${label}"]`)
  .join(', ');

export const meet = definePlatform({
  id: 'meet',
  displayName: 'shared_platform_meet',
  hosts: ['meet.google.com'],
  captionFrame: { kind: 'top' },
  exampleMeetingUrl: 'https://meet.google.com/abc-defg-hij',
  captions: {
    // Stable attributes first, obfuscated class names last.
    selectors: {
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
    },
    checkedOn: '2026-12-04',
  },
  selfLabels: SELF_LABELS_BY_LANGUAGE,
  tabTitle: {
    affixes: [/^(google\s+)?meet\s*[-–—:|]\s*/i, /\s*[-–—|]\s*(google\s+)?meet$/i],
    // The meeting code ("Meet - abc-defg-hij") and the app's own name.
    notAName: [/^[a-z]{3}-[a-z]{4}-[a-z]{3}$/i, /^(google\s+)?meet$/i],
  },
  // No top bar during a call; the control bar (mic, camera, captions, leave) is ~80 px at the bottom.
  controlBands: { top: 16, bottom: 96 },
  captionsHowTo: {
    overlayHint: 'overlay_captions_meet',
    onboarding: { name: 'onboarding_captions_meet_name', how: 'onboarding_captions_meet_how', alt: 'onboarding_captions_meet_alt' },
    picture: '/onboarding/captions-meet.svg',
  },
});
