// The Zoom web client (app.zoom.us/wc/…), as described in docs/platforms.md (2026): the meeting lives in a
// same-origin iframe#webclient; caption rows whose text is a rolling window (grows, drops its beginning), idle rows
// hidden with display:none, and no speaker name in the row, only an avatar.
import { SELF_LABELS_BY_LANGUAGE } from '../../lib/capture/meeting-ui-labels';
import { definePlatform } from '../platform-definition';

export const zoom = definePlatform({
  id: 'zoom',
  displayName: 'shared_platform_zoom',
  hosts: ['app.zoom.us'],
  captionFrame: { kind: 'child', selector: 'iframe#webclient', pathPrefix: '/wc/' },
  exampleMeetingUrl: 'https://app.zoom.us/wc/123456789/join',
  captions: {
    // Stable attributes first; Zoom's BEM class names are all there is for most parts.
    selectors: {
      // The footer's leave button (present only in a meeting; its container class is the same in every language).
      inCall: ['.footer__leave-btn-container button', 'button.footer__leave-btn', '#wc-footer button[aria-label="Leave"]'],
      container: ['.live-transcription-subtitle__box', '.live-transcription-subtitle__content'],
      // Every row carries the same duplicate id, so it is matched as an attribute.
      row: ['[id="live-transcription-subtitle"]', '.live-transcription-subtitle__content > div'],
      speaker: ['.zmu-data-selector-item__icon'],
      text: ['span.live-transcription-subtitle__item', '.live-transcription-subtitle__item'],
    },
    checkedOn: '2026-12-04',
  },
  // Zoom names the rep in the avatar (initials or photo), not "You"; the labels cover UIs that do say it.
  selfLabels: SELF_LABELS_BY_LANGUAGE,
  tabTitle: {
    affixes: [/\s*[-–—|]\s*zoom(\s+(meeting|workplace))?$/i],
    // The meeting number ("123 456 7890") and the app's own name.
    notAName: [/^\d[\d\s]{8,}$/, /^(zoom|zoom meeting|zoom workplace)$/i],
  },
  // A thin header at the top and the meeting toolbar (~60 px) at the bottom.
  controlBands: { top: 48, bottom: 80 },
  captionsHowTo: {
    overlayHint: 'overlay_captions_zoom',
    onboarding: { name: 'onboarding_captions_zoom_name', how: 'onboarding_captions_zoom_how', alt: 'onboarding_captions_zoom_alt' },
    picture: '/onboarding/captions-zoom.svg',
  },
});
