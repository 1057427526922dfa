// The Zoom web client's caption reader: the shared DOM reader with Zoom's definition (./platform.ts), plus what Zoom
// does differently: rolling-window rows, idle rows hidden with display:none, and the speaker known only by an avatar
// or the active-speaker tile. Tested on the fixtures ./fixture-join.html (app.zoom.us/wc/123/join) and its frame
// ./fixture.html (the same-origin iframe#webclient at app.zoom.us/wc/123/webclient, where this adapter runs: the
// content script runs in all frames).
import { createAvatarSpeakerResolver } from '../../lib/capture/avatar-speaker';
import { mergeRollingWindow, windowBelongsTo } from '../../lib/capture/rolling-window';
import type { SpeakerReader } from '../../capture/dom/caption-spec';
import { captionSpecOf, createDomCaptionAdapter } from '../../capture/dom/dom-caption-adapter';
import { queryFirst } from '../../capture/dom/query';
import { zoom } from './platform';

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
  ...captionSpecOf(zoom),
  returnWindowMs: 5 * 60_000,
  createSpeakerReader: createZoomSpeakerReader,
  mergeShownText: mergeRollingWindow,
  rowShowsKnown: windowBelongsTo,
  isRowHidden: (row) => (row as HTMLElement).style?.display === 'none' || row.hasAttribute('hidden'),
  rowAttributes: ['style', 'hidden'],
});
