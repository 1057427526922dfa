// Microsoft Teams on the web (teams.microsoft.com, teams.live.com), as described in docs/platforms.md (2026):
// caption lines in a virtualized list whose rows are removed and re-added (identical) as it scrolls, speakers that
// show as "Unknown user" until Teams resolves them.
import { SELF_LABELS_BY_LANGUAGE } from '../../lib/capture/meeting-ui-labels';
import { definePlatform } from '../platform-definition';

export const teams = definePlatform({
  id: 'teams',
  displayName: 'shared_platform_teams',
  hosts: ['teams.microsoft.com', 'teams.live.com'],
  captionFrame: { kind: 'top' },
  exampleMeetingUrl: 'https://teams.microsoft.com/v2/?meetingjoin=true',
  captions: {
    // Stable attributes first, Fluent UI class names last.
    selectors: {
      // The hang-up button of the meeting toolbar (present only while in a meeting, in every UI language).
      inCall: ['button[data-tid="hangup-main-btn"]', 'button#hangup-button', '[data-tid="call-hangup"]'],
      container: [
        '[data-tid="closed-caption-renderer-wrapper"]',
        '[data-tid="closed-caption-v2-window-wrapper"]',
        '[data-tid="closed-caption-v2-virtual-list-content"]',
      ],
      row: ['.fui-ChatMessageCompact', '[data-tid="closed-caption-v2-virtual-list-content"] > div'],
      speaker: ['[data-tid="author"]', '.fui-ChatMessageCompact__author'],
      text: ['[data-tid="closed-caption-text"]'],
    },
    checkedOn: '2026-12-04',
  },
  selfLabels: SELF_LABELS_BY_LANGUAGE,
  tabTitle: {
    affixes: [/\s*[-–—|]\s*microsoft\s+teams$/i],
    notAName: [/^(microsoft\s+)?teams$/i],
  },
  // The meeting controls (leave, mic, camera, more) live in a header of ~60 px at the top.
  controlBands: { top: 72, bottom: 16 },
  captionsHowTo: {
    overlayHint: 'overlay_captions_teams',
    onboarding: { name: 'onboarding_captions_teams_name', how: 'onboarding_captions_teams_how', alt: 'onboarding_captions_teams_alt' },
    picture: '/onboarding/captions-teams.svg',
  },
});
