// Zoom web client captions. Tested on the fixtures test/fixtures/zoom.html (app.zoom.us/wc/123/join) and its
// frame test/fixtures/zoom-webclient.html (the same-origin iframe#webclient at app.zoom.us/wc/123/webclient, where
// this adapter runs: the content script runs in all frames), as described in docs/platforms.md
// (2026): caption rows whose text is a rolling window (grows, drops its beginning), idle rows hidden with
// display:none, and no speaker name in the row, only an avatar.
import { mergeRollingWindow, windowBelongsTo } from '../../lib/capture/rolling-window';
import { createAvatarSpeakerResolver } from '../../lib/capture/avatar-speaker';
import { createDomCaptionAdapter } from '../dom/dom-caption-adapter';
import type { CaptionSelectorTable, SpeakerReader } from '../dom/caption-spec';
import { queryFirst } from '../dom/query';

/** Stable attributes first; Zoom's BEM class names are all there is for most parts. */
export const ZOOM_SELECTORS: CaptionSelectorTable = {
  // The footer's leave button (present only in a meeting; its container class is the same in every language).
  inCall: ['.footer__leave-btn-container button', 'button.footer__leave-btn', '#wc-footer button[aria-label="Leave"]'],
  container: ['.live-transcription-subtitle__box', '.live-transcription-subtitle__content'],
  // Every row carries the same duplicate id, so it is matched as an attribute.
  row: ['[id="live-transcription-subtitle"]', '.live-transcription-subtitle__content > div'],
  speaker: ['.zmu-data-selector-item__icon'],
  text: ['span.live-transcription-subtitle__item', '.live-transcription-subtitle__item'],
};

/** Where the name of whoever is speaking now is shown (the active-speaker video tile). */
export const ZOOM_ACTIVE_SPEAKER: readonly string[] = [
  '.speaker-active-container .video-avatar__avatar-footer',
  '.video-avatar__avatar-footer',
];

function createZoomSpeakerReader(document: Document, knownNames: readonly string[]): SpeakerReader {
  const resolve = createAvatarSpeakerResolver(knownNames);
  return (_row, previous, avatar) => {
    const image = avatar?.querySelector('img') ?? null;
    const initials = avatar && !image ? avatar.textContent : null;
    // A photo without alt text names nobody: the row keeps the speaker it was first read with.
    if (previous && image && !image.getAttribute('alt')) return previous;
    const activeSpeaker = queryFirst(document, ZOOM_ACTIVE_SPEAKER)?.textContent ?? null;
    return (
      resolve({ hasAvatar: avatar !== null, imageAlt: image?.getAttribute('alt') ?? null, initials, activeSpeaker }) ??
      ''
    );
  };
}

export const zoomAdapter = createDomCaptionAdapter({
  platform: 'zoom',
  selectors: ZOOM_SELECTORS,
  selectorsCheckedOn: '2026-12-04',
  matchesFrame: (location, isTopFrame) =>
    !isTopFrame && location.hostname === 'app.zoom.us' && location.pathname.startsWith('/wc/'),
  returnWindowMs: 5 * 60_000,
  createSpeakerReader: createZoomSpeakerReader,
  mergeShownText: mergeRollingWindow,
  rowShowsKnown: windowBelongsTo,
  isRowHidden: (row) => (row as HTMLElement).style?.display === 'none' || row.hasAttribute('hidden'),
  rowAttributes: ['style', 'hidden'],
});
