// A hand-built Teams meeting page for adapter tests; structure as in docs/platforms.md.

export function teamsCallControls(document: Document): HTMLElement {
  const hangup = document.createElement('button');
  hangup.id = 'hangup-button';
  hangup.setAttribute('data-tid', 'hangup-main-btn');
  hangup.textContent = 'Leave';
  document.body.append(hangup);
  return hangup;
}

/** The caption wrapper chain; returns the virtual list the rows go into. */
export function teamsCaptionList(document: Document): HTMLElement {
  const wrapper = document.createElement('div');
  wrapper.setAttribute('data-tid', 'closed-caption-renderer-wrapper');
  const window = document.createElement('div');
  window.setAttribute('data-tid', 'closed-caption-v2-window-wrapper');
  const list = document.createElement('div');
  list.setAttribute('data-tid', 'closed-caption-v2-virtual-list-content');
  window.append(list);
  wrapper.append(window);
  document.body.append(wrapper);
  return list;
}

export interface TeamsRow {
  row: HTMLElement;
  author: HTMLElement | null;
  text: HTMLElement;
}

export function teamsRow(document: Document, author: string | null, text: string): TeamsRow {
  const row = document.createElement('div');
  row.className = 'fui-ChatMessageCompact';
  let authorElement: HTMLElement | null = null;
  if (author !== null) {
    authorElement = document.createElement('span');
    authorElement.setAttribute('data-tid', 'author');
    authorElement.textContent = author;
    row.append(authorElement);
  }
  const textElement = document.createElement('span');
  textElement.setAttribute('data-tid', 'closed-caption-text');
  textElement.textContent = text;
  row.append(textElement);
  return { row, author: authorElement, text: textElement };
}
