// A hand-built Zoom meeting frame for adapter tests; structure as in docs/platforms.md.

export function zoomCallChrome(document: Document, activeSpeaker: string): HTMLElement {
  const tile = document.createElement('div');
  tile.className = 'speaker-active-container';
  tile.innerHTML = '<div class="video-avatar__avatar"><div class="video-avatar__avatar-footer"><span></span></div></div>';
  tile.querySelector('span')!.textContent = activeSpeaker;
  const footer = document.createElement('div');
  footer.id = 'wc-footer';
  footer.innerHTML = '<div class="footer__leave-btn-container"><button class="footer__leave-btn">Leave</button></div>';
  document.body.append(tile, footer);
  return tile.querySelector('span')!;
}

/** The caption box; returns its content element, where rows go. */
export function zoomCaptionBox(document: Document): HTMLElement {
  const box = document.createElement('div');
  box.className = 'live-transcription-subtitle__box';
  const content = document.createElement('div');
  content.className = 'live-transcription-subtitle__content';
  box.append(content);
  document.body.append(box);
  return content;
}

export type ZoomAvatar = { initials: string } | { photoAlt: string } | null;

export interface ZoomRow {
  row: HTMLElement;
  text: HTMLElement;
}

export function zoomRow(document: Document, avatar: ZoomAvatar, text: string): ZoomRow {
  const row = document.createElement('div');
  row.id = 'live-transcription-subtitle';
  if (avatar) {
    const icon = document.createElement('span');
    icon.className = 'zmu-data-selector-item__icon';
    if ('initials' in avatar) icon.textContent = avatar.initials;
    else {
      const image = document.createElement('img');
      image.setAttribute('alt', avatar.photoAlt);
      icon.append(image);
    }
    row.append(icon);
  }
  const textElement = document.createElement('span');
  textElement.className = 'live-transcription-subtitle__item';
  textElement.textContent = text;
  row.append(textElement);
  return { row, text: textElement };
}
