// Microsoft Teams' caption DOM (docs/platforms.md): rows .fui-ChatMessageCompact with the speaker in
// [data-tid="author"] and the text in [data-tid="closed-caption-text"], inside closed-caption-renderer-wrapper →
// closed-caption-v2-window-wrapper → closed-caption-v2-virtual-list-content. The rep is "You". With rowChurn the
// virtual list removes finished rows and adds identical ones back (sometimes the same element, sometimes a new
// one), and each buyer shows as "Unknown user" until renamed a few seconds later. Rows beyond the list's height
// scroll away for good.
import { REP_SPEAKER } from '../../lib/call-script/call-script';
import { createSeededRandom } from '../../lib/seeded-random';
import { captionStageOf, element, showCaptionsToggle, stageOf, type CaptionRenderer, type RendererInput } from '../../capture/replay/caption-renderer';
import { captionElement } from '../../capture/replay/redesign';

const UNKNOWN_USER = 'Unknown user';
const CAPTIONS_BUTTON = 'button#captions-button';
const CAPTIONS_BUTTON_LABELS = { whenOn: 'Turn off live captions', whenOff: 'Turn on live captions' };
const DEFAULT_CHURN_EVERY_SEC = 20;
/** Call time until a buyer shown as "Unknown user" gets their name. */
const RENAME_AFTER_MS = 4_000;
/** Call time a churned row stays out of the list. */
const CHURN_OUT_MS = 1_500;
/** Call time after a line settles before the virtual list may churn its row. */
const CHURN_AFTER_SETTLED_MS = 1_000;
/** Rows the virtual list keeps before the oldest scrolls away. */
const VISIBLE_ROWS = 30;

interface Row {
  lineIndex: number;
  name: string;
  shownName: string;
  text: string;
  element: HTMLElement | null;
  authorElement: HTMLElement | null;
  textElement: HTMLElement | null;
  scrolledAway: boolean;
}

export function createTeamsRenderer({ document, script, timeline, options }: RendererInput): CaptionRenderer {
  const random = createSeededRandom((options.seed ?? 1) + 7);
  const rows = new Map<number, Row>();
  const churnEveryMs =
    options.rowChurn === true ? DEFAULT_CHURN_EVERY_SEC * 1000 : typeof options.rowChurn === 'number' ? options.rowChurn * 1000 : 0;
  let nextChurnAt = churnEveryMs;
  const renameAt = new Map<string, number>();
  const churnedOut: { row: Row; reuseElement: boolean; backAt: number }[] = [];
  let wrapper: HTMLElement | null = null;
  let list: HTMLElement | null = null;
  let controls: HTMLElement | null = null;

  function rowElement(row: Row): HTMLElement {
    row.authorElement = captionElement(document, 'span', { 'data-tid': 'author', class: 'fui-ChatMessageCompact__author' }, [row.shownName]);
    row.textElement = captionElement(document, 'span', { 'data-tid': 'closed-caption-text', dir: 'auto' }, [row.text]);
    row.element = captionElement(document, 'div', { class: 'fui-ChatMessageCompact', role: 'listitem' }, [
      captionElement(document, 'div', { class: 'fui-ChatMessageCompact__body' }, [
        captionElement(document, 'div', { class: 'fui-ChatMessageCompact__header' }, [row.authorElement]),
        row.textElement,
      ]),
    ]);
    return row.element;
  }

  /** Inserts a row where its line belongs: before the first shown row of a later line. */
  function insertInOrder(row: Row, created: HTMLElement): void {
    const later = [...rows.values()].find((other) => other.lineIndex > row.lineIndex && other.element?.isConnected);
    list?.insertBefore(created, later?.element ?? null);
  }

  function scrollAwayOldRows(): void {
    const shown = [...rows.values()].filter((row) => row.element?.isConnected);
    for (const row of shown.slice(0, Math.max(0, shown.length - VISIBLE_ROWS))) {
      row.element?.remove();
      row.scrolledAway = true;
    }
  }

  function churn(callMs: number): void {
    const settled = [...rows.values()].filter(
      (row) =>
        row.element?.isConnected &&
        (timeline.lines[row.lineIndex]?.settledMs ?? Infinity) + CHURN_AFTER_SETTLED_MS <= callMs,
    );
    const count = Math.min(settled.length, 1 + Math.floor(random() * 3));
    const start = Math.floor(random() * Math.max(1, settled.length - count + 1));
    for (const row of settled.slice(start, start + count)) {
      row.element?.remove();
      churnedOut.push({ row, reuseElement: random() < 0.5, backAt: callMs + CHURN_OUT_MS });
    }
  }

  function bringBack(callMs: number): void {
    for (const out of churnedOut.filter((entry) => entry.backAt <= callMs)) {
      churnedOut.splice(churnedOut.indexOf(out), 1);
      if (out.row.scrolledAway) continue;
      const back = out.reuseElement && out.row.element ? out.row.element : rowElement(out.row);
      if (out.reuseElement && out.row.authorElement && out.row.textElement) {
        out.row.authorElement.textContent = out.row.shownName;
        out.row.textElement.textContent = out.row.text;
      }
      insertInOrder(out.row, back);
    }
  }

  function renameDue(callMs: number): void {
    for (const [name, at] of renameAt) {
      if (at > callMs) continue;
      renameAt.delete(name);
      for (const row of rows.values()) {
        if (row.name !== name || row.shownName !== UNKNOWN_USER) continue;
        row.shownName = name;
        if (row.authorElement) row.authorElement.textContent = name;
      }
    }
  }

  return {
    start() {
      if (!document.querySelector('button[data-tid="hangup-main-btn"]')) {
        controls = element(document, 'div', { role: 'toolbar', 'aria-label': 'Meeting controls' }, [
          element(document, 'button', { type: 'button', id: 'hangup-button', 'data-tid': 'hangup-main-btn', 'aria-label': 'Leave' }, [
            'Leave',
          ]),
        ]);
        stageOf(document).append(controls);
      }
      list = captionElement(document, 'div', { 'data-tid': 'closed-caption-v2-virtual-list-content', role: 'list' });
      wrapper = captionElement(document, 'div', { 'data-tid': 'closed-caption-renderer-wrapper' }, [
        captionElement(document, 'div', { 'data-tid': 'closed-caption-v2-window-wrapper' }, [list]),
      ]);
      captionStageOf(document).append(wrapper);
      showCaptionsToggle(document, CAPTIONS_BUTTON, CAPTIONS_BUTTON_LABELS, true);
      const firstBuyer = script.buyers[0]?.name;
      if (options.systemNotices !== false && firstBuyer) {
        list.append(
          captionElement(document, 'div', { class: 'fui-ChatMessageCompact', role: 'listitem' }, [
            captionElement(document, 'span', { 'data-tid': 'closed-caption-text' }, [`${firstBuyer} joined the meeting`]),
          ]),
        );
      }
    },

    apply(step) {
      const existing = rows.get(step.lineIndex);
      if (existing) {
        existing.text = step.text;
        if (existing.textElement) existing.textElement.textContent = step.text;
        return;
      }
      const name = step.speaker === REP_SPEAKER ? 'You' : step.speaker;
      const hidesName = churnEveryMs > 0 && name !== 'You' && !renameAt.has(name) && ![...rows.values()].some((row) => row.name === name);
      if (hidesName) renameAt.set(name, step.atMs + RENAME_AFTER_MS);
      const unresolved = hidesName || (renameAt.has(name) && churnEveryMs > 0);
      const row: Row = {
        lineIndex: step.lineIndex,
        name,
        shownName: unresolved ? UNKNOWN_USER : name,
        text: step.text,
        element: null,
        authorElement: null,
        textElement: null,
        scrolledAway: false,
      };
      rows.set(step.lineIndex, row);
      list?.append(rowElement(row));
      scrollAwayOldRows();
    },

    advance(callMs) {
      renameDue(callMs);
      bringBack(callMs);
      if (churnEveryMs > 0 && callMs >= nextChurnAt) {
        while (nextChurnAt <= callMs) nextChurnAt += churnEveryMs;
        churn(callMs);
      }
    },

    endCall() {
      showCaptionsToggle(document, CAPTIONS_BUTTON, CAPTIONS_BUTTON_LABELS, false);
      wrapper?.remove();
      wrapper = null;
      const hangup = document.querySelector('button[data-tid="hangup-main-btn"]');
      (controls ?? hangup)?.remove();
    },
  };
}
