// A hand-built Meet page for adapter tests that need exact control over the caption DOM (the replay renderers
// cover whole calls). Structure as in docs/platforms.md.

export function meetCallControls(document: Document): HTMLElement {
  const toolbar = document.createElement('div');
  toolbar.setAttribute('role', 'toolbar');
  const leave = document.createElement('button');
  leave.setAttribute('aria-label', 'Leave call');
  const icon = document.createElement('i');
  icon.className = 'google-material-icons';
  icon.textContent = 'call_end';
  leave.append(icon);
  toolbar.append(leave);
  document.body.append(toolbar);
  return toolbar;
}

export function meetCaptionRegion(document: Document): HTMLElement {
  const region = document.createElement('div');
  region.setAttribute('role', 'region');
  region.setAttribute('tabindex', '0');
  region.setAttribute('aria-label', 'Captions');
  const spacer = document.createElement('div');
  const jump = document.createElement('button');
  jump.textContent = 'Jump to bottom';
  region.append(spacer, jump);
  document.body.append(region);
  return region;
}

export interface MeetBlock {
  block: HTMLElement;
  text: HTMLElement | null;
  speaker: HTMLElement | null;
}

/** Adds a caption block before the region's spacer; a null speaker or text leaves that node out. */
export function addMeetBlock(region: HTMLElement, speaker: string | null, text: string | null): MeetBlock {
  const document = region.ownerDocument;
  const block = document.createElement('div');
  block.className = 'nMcdL';
  let speakerElement: HTMLElement | null = null;
  if (speaker !== null) {
    const wrapper = document.createElement('div');
    wrapper.className = 'KcIKyf';
    speakerElement = document.createElement('span');
    speakerElement.className = 'NWpY1d';
    speakerElement.textContent = speaker;
    wrapper.append(speakerElement);
    block.append(wrapper);
  }
  let textElement: HTMLElement | null = null;
  if (text !== null) {
    textElement = document.createElement('div');
    textElement.className = 'ygicle';
    textElement.textContent = text;
    block.append(textElement);
  }
  const spacer = region.querySelector(':scope > div:not(.nMcdL):last-of-type');
  region.insertBefore(block, spacer ?? null);
  return { block, text: textElement, speaker: speakerElement };
}
