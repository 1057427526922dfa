// Google Meet's caption DOM (docs/platforms.md): a region with one block per line, speaker in
// span.NWpY1d inside .KcIKyf, text in .ygicle, then a spacer and a "Jump to bottom" button. The rep is "You".
// Old blocks scroll away (removed); with recreateContainerEverySec the region is replaced and its recent history
// re-rendered as new elements, as Meet does on a caption toggle or layout change.
import { REP_SPEAKER } from '../../lib/call-script/call-script';
import { captionStageOf, element, showCaptionsToggle, stageOf, type CaptionRenderer, type RendererInput } from '../../capture/replay/caption-renderer';
import { captionElement } from '../../capture/replay/redesign';

const CAPTIONS_BUTTON = 'button[jsname="RrG0hf"]';
const CAPTIONS_BUTTON_LABELS = { whenOn: 'Turn off captions', whenOff: 'Turn on captions' };
/** Blocks the region keeps before the oldest is removed. */
const VISIBLE_BLOCKS = 10;
/** Blocks re-rendered when the region is re-created. */
const HISTORY_BLOCKS = 6;

interface Block {
  speaker: string;
  text: string;
  textElement: HTMLElement | null;
  element: HTMLElement | null;
}

export function createMeetRenderer({ document, script, options }: RendererInput): CaptionRenderer {
  const blocks = new Map<number, Block>();
  const recreateEveryMs = (options.recreateContainerEverySec ?? 0) * 1000;
  let nextRecreateAt = recreateEveryMs;
  let region: HTMLElement | null = null;
  let controls: HTMLElement | null = null;

  function blockElement(block: Block | { speaker: null; text: string }): HTMLElement {
    const textElement = captionElement(document, 'div', { class: 'ygicle VbkSUe' }, [block.text]);
    const speaker =
      block.speaker === null
        ? []
        : [captionElement(document, 'div', { class: 'KcIKyf jxFHg' }, [captionElement(document, 'span', { class: 'NWpY1d' }, [block.speaker])])];
    const created = captionElement(document, 'div', { class: 'nMcdL bj4p3b' }, [...speaker, textElement]);
    if (block.speaker !== null) {
      block.element = created;
      block.textElement = textElement;
    }
    return created;
  }

  function createRegion(): HTMLElement {
    return captionElement(document, 'div', { role: 'region', tabindex: '0', 'aria-label': 'Captions', class: 'vNKgIf UDinHf' }, [
      captionElement(document, 'div', { class: 'VYBDae-Bz112c-RLmnJb', 'aria-hidden': 'true' }),
      captionElement(document, 'button', { type: 'button', class: 'jump-to-bottom' }, ['Jump to bottom']),
    ]);
  }

  function appendBlock(created: HTMLElement): void {
    region?.insertBefore(created, region.lastElementChild?.previousElementSibling ?? null);
  }

  function removeOldBlocks(): void {
    const shown = [...blocks.values()].filter((block) => block.element);
    for (const block of shown.slice(0, Math.max(0, shown.length - VISIBLE_BLOCKS))) {
      block.element?.remove();
      block.element = null;
      block.textElement = null;
    }
  }

  function recreate(): void {
    region?.remove();
    for (const block of blocks.values()) {
      block.element = null;
      block.textElement = null;
    }
    region = createRegion();
    for (const block of [...blocks.values()].slice(-HISTORY_BLOCKS)) appendBlock(blockElement(block));
    captionStageOf(document).append(region);
  }

  return {
    start() {
      if (!document.querySelector('button[aria-label*="Leave call"]')) {
        controls = element(document, 'div', { role: 'toolbar', 'aria-label': 'Call controls' }, [
          element(document, 'button', { type: 'button', jsname: 'RrG0hf', 'aria-label': 'Turn off captions' }, [
            element(document, 'i', { class: 'google-material-icons', 'aria-hidden': 'true' }, ['closed_caption']),
          ]),
          element(document, 'button', { type: 'button', 'aria-label': 'Leave call' }, [
            element(document, 'i', { class: 'google-material-icons', 'aria-hidden': 'true' }, ['call_end']),
          ]),
        ]);
        stageOf(document).append(controls);
      }
      region = createRegion();
      captionStageOf(document).append(region);
      showCaptionsToggle(document, CAPTIONS_BUTTON, CAPTIONS_BUTTON_LABELS, true);
      const firstBuyer = script.buyers[0]?.name;
      if (options.systemNotices !== false && firstBuyer) appendBlock(blockElement({ speaker: null, text: `${firstBuyer} joined` }));
    },

    apply(step) {
      let block = blocks.get(step.lineIndex);
      if (!block) {
        const speaker = step.speaker === REP_SPEAKER ? 'You' : step.speaker;
        block = { speaker, text: step.text, element: null, textElement: null };
        blocks.set(step.lineIndex, block);
        appendBlock(blockElement(block));
        removeOldBlocks();
        return;
      }
      block.text = step.text;
      if (block.textElement) block.textElement.textContent = step.text;
    },

    advance(callMs) {
      if (recreateEveryMs <= 0) return;
      if (callMs < nextRecreateAt) return;
      while (nextRecreateAt <= callMs) nextRecreateAt += recreateEveryMs;
      recreate();
    },

    endCall() {
      showCaptionsToggle(document, CAPTIONS_BUTTON, CAPTIONS_BUTTON_LABELS, false);
      region?.remove();
      region = null;
      const leave = document.querySelector('button[aria-label*="Leave call"]');
      (controls ?? leave?.closest('[role="toolbar"]') ?? leave)?.remove();
    },
  };
}
