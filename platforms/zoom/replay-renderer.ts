// Zoom web client's caption DOM (docs/platforms.md), written into the iframe#webclient document:
// .live-transcription-subtitle__box → __content → rows (each with the duplicate id "live-transcription-subtitle")
// holding an avatar .zmu-data-selector-item__icon (initials, or a photo with the name as alt text for the second
// buyer) and the text span.live-transcription-subtitle__item showing only the last words (a rolling window).
// Rows of finished lines are hidden with display:none, and a speaker's hidden row is shown again for their next
// line. The active-speaker tile (.video-avatar__avatar-footer) names whoever started speaking last. The rep is
// shown by name: Zoom has no "You" label.
import { REP_SPEAKER } from '../../lib/call-script/call-script';
import { initialsOf } from '../../lib/capture/speaker-labels';
import { captionStageOf, element, showCaptionsToggle, stageOf, type CaptionRenderer, type RendererInput } from '../../capture/replay/caption-renderer';
import { captionElement } from '../../capture/replay/redesign';

const DEFAULT_WINDOW_WORDS = 14;
const CAPTIONS_BUTTON = 'button.footer-button__captions';
const CAPTIONS_BUTTON_LABELS = { whenOn: 'Hide captions', whenOff: 'Show captions' };
/** Call time after a line settles before its row is hidden. */
const HIDE_AFTER_SETTLED_MS = 3_000;
/** Row elements kept; the oldest hidden ones beyond this are removed. */
const KEPT_ROWS = 6;

interface Row {
  element: HTMLElement;
  textElement: HTMLElement;
  speaker: string;
  lineIndex: number;
}

export function createZoomRenderer({ document, script, timeline, options }: RendererInput): CaptionRenderer {
  const windowWords = Math.max(1, Math.floor(options.rollingWindowWords ?? DEFAULT_WINDOW_WORDS));
  const photoSpeaker = script.buyers[1]?.name;
  const rowsByLine = new Map<number, Row>();
  const rowElements: Row[] = [];
  let content: HTMLElement | null = null;
  let box: HTMLElement | null = null;
  let tileName: HTMLElement | null = null;
  let footer: HTMLElement | null = null;

  const displayName = (speaker: string) => (speaker === REP_SPEAKER ? script.repName : speaker);
  const rollingWindow = (text: string) => text.split(/\s+/u).filter(Boolean).slice(-windowWords).join(' ');

  function avatar(speaker: string): HTMLElement {
    if (speaker === photoSpeaker) {
      return captionElement(document, 'span', { class: 'zmu-data-selector-item__icon' }, [
        captionElement(document, 'img', { alt: speaker, src: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=', width: '24', height: '24' }),
      ]);
    }
    return captionElement(document, 'span', { class: 'zmu-data-selector-item__icon' }, [initialsOf(speaker)]);
  }

  function rowFor(lineIndex: number, speaker: string): Row {
    const idle = rowElements.find((row) => row.speaker === speaker && row.element.style.display === 'none');
    if (idle) {
      rowsByLine.delete(idle.lineIndex);
      idle.lineIndex = lineIndex;
      return idle;
    }
    const textElement = captionElement(document, 'span', { class: 'live-transcription-subtitle__item' });
    const created = captionElement(document, 'div', { id: 'live-transcription-subtitle' }, [avatar(speaker), textElement]);
    content?.append(created);
    const row = { element: created, textElement, speaker, lineIndex };
    rowElements.push(row);
    return row;
  }

  function dropOldRows(): void {
    while (rowElements.length > KEPT_ROWS) {
      const hidden = rowElements.findIndex((row) => row.element.style.display === 'none');
      if (hidden < 0) return;
      const [row] = rowElements.splice(hidden, 1);
      row?.element.remove();
      if (row) rowsByLine.delete(row.lineIndex);
    }
  }

  return {
    start() {
      const pageTile = document.querySelector<HTMLElement>('.speaker-active-container .video-avatar__avatar-footer');
      if (pageTile) tileName = pageTile.querySelector<HTMLElement>('span') ?? pageTile;
      else {
        tileName = element(document, 'span', {}, [script.lines[0] ? displayName(script.lines[0].speaker) : script.repName]);
        stageOf(document).append(
          element(document, 'div', { class: 'speaker-active-container' }, [
            element(document, 'div', { class: 'video-avatar__avatar' }, [
              element(document, 'div', { class: 'video-avatar__avatar-footer' }, [tileName]),
            ]),
          ]),
        );
      }
      if (!document.querySelector('.footer__leave-btn-container')) {
        footer = element(document, 'div', { id: 'wc-footer' }, [
          element(document, 'div', { class: 'footer__leave-btn-container' }, [
            element(document, 'button', { type: 'button', class: 'zmu-btn footer__leave-btn', 'aria-label': 'Leave' }, ['Leave']),
          ]),
        ]);
        stageOf(document).append(footer);
      }
      content = captionElement(document, 'div', { class: 'live-transcription-subtitle__content' });
      box = captionElement(document, 'div', { class: 'live-transcription-subtitle__box' }, [content]);
      captionStageOf(document).append(box);
      showCaptionsToggle(document, CAPTIONS_BUTTON, CAPTIONS_BUTTON_LABELS, true);
    },

    apply(step) {
      const speaker = displayName(step.speaker);
      let row = rowsByLine.get(step.lineIndex);
      if (!row) {
        row = rowFor(step.lineIndex, speaker);
        rowsByLine.set(step.lineIndex, row);
        if (tileName) tileName.textContent = speaker;
        row.element.style.display = '';
        dropOldRows();
      }
      row.textElement.textContent = rollingWindow(step.text);
    },

    advance(callMs) {
      for (const row of rowElements) {
        const line = timeline.lines[row.lineIndex];
        if (line && row.element.style.display !== 'none' && line.settledMs + HIDE_AFTER_SETTLED_MS <= callMs) {
          row.element.style.display = 'none';
        }
      }
    },

    endCall() {
      showCaptionsToggle(document, CAPTIONS_BUTTON, CAPTIONS_BUTTON_LABELS, false);
      box?.remove();
      box = null;
      (footer ?? document.querySelector('.footer__leave-btn-container'))?.remove();
    },
  };
}
