// Caption rows → utterances. Each row element is bound to the utterance it shows; a rewrite of a bound row's text
// revises that utterance. A row we have not seen is either a known line coming back (re-created container,
// virtual scrolling) or new speech: runs of unseen rows are aligned with the known lines that have no row
// (lib/capture/returning-rows), bounded by the bound rows around them, so nothing is counted twice.
import { isCutOf, textsCorrespond } from '../../lib/capture/caption-text';
import { alignReturningRows, type ShownRow } from '../../lib/capture/returning-rows';
import { preferredSpeaker, speakersCompatible } from '../../lib/capture/speaker-labels';
import type { TrackedUtterance, UtteranceTracker } from '../../lib/capture/utterance-tracker';
import type { DomCaptionSpec, RowParts, SpeakerReader } from './caption-spec';
import type { ObservedChanges } from './observe';
import { readCaptionText } from './read-text';
import type { RowMatcher } from './row-matcher';

/** Most known lines considered when aligning returning rows; history re-renders are far shorter. */
const MAX_RETURN_CANDIDATES = 200;

interface RowBinding {
  id: string;
  /** Text the row showed last (Zoom: the window, not the merged utterance). */
  lastShown: string;
  hidden: boolean;
}

interface FreshRow extends ShownRow {
  row: Element;
}

export interface RowBinderContext {
  spec: DomCaptionSpec;
  tracker: UtteranceTracker;
  /** Where a row keeps its text and its speaker (the platform's selectors, or the fallback's structure). */
  parts: RowParts;
  readSpeaker: SpeakerReader;
  isSelf: (speaker: string) => boolean;
  warnOnce: (message: string) => void;
}

export interface RowBinder {
  /** Applies one observed batch of row changes in `container`. */
  apply(container: Element, rows: RowMatcher, changes: ObservedChanges, at: number): void;
  /** The container went away: every row it showed is gone. */
  detachAll(at: number): void;
}

function documentOrder(a: Element, b: Element): number {
  // DOCUMENT_POSITION_FOLLOWING = 4: b comes after a.
  return a.compareDocumentPosition(b) & 4 ? -1 : 1;
}

export function createRowBinder(context: RowBinderContext): RowBinder {
  const { spec, tracker, parts, readSpeaker, isSelf } = context;
  const bindings = new WeakMap<Element, RowBinding>();
  const boundRows = new Set<Element>();
  const mergeShown = spec.mergeShownText ?? ((_previous: string, shown: string) => shown);
  const rowShowsKnown = spec.rowShowsKnown ?? textsCorrespond;

  function readRow(row: Element, previousSpeaker: string | null): ShownRow | null {
    const textElement = parts.textOf(row);
    if (!textElement) {
      if (row.textContent?.trim()) context.warnOnce(`${spec.platform}: a caption row has no text element`);
      return null;
    }
    const text = readCaptionText(textElement);
    if (!text) return null;
    const speaker = readSpeaker(row, previousSpeaker, parts.speakerOf(row));
    return speaker ? { speaker, text } : null;
  }

  function bind(row: Element, utterance: TrackedUtterance, shown: string): void {
    bindings.set(row, { id: utterance.id, lastShown: shown, hidden: false });
    boundRows.add(row);
    tracker.attach(utterance.id);
  }

  function openFor(row: Element, shown: ShownRow, at: number): void {
    const text = mergeShown('', shown.text);
    const utterance = tracker.open({ speaker: shown.speaker, self: isSelf(shown.speaker), text }, at);
    bind(row, utterance, shown.text);
  }

  function unbind(row: Element, at: number): void {
    const binding = bindings.get(row);
    boundRows.delete(row);
    if (binding) tracker.detach(binding.id, at);
  }

  /** Updates a bound row; returns it as fresh when the row now shows something else (recycled or re-shown). */
  function updateBound(row: Element, binding: RowBinding, at: number): FreshRow | null {
    const utterance = tracker.get(binding.id);
    const shown = readRow(row, utterance?.speaker ?? null);
    if (!utterance || !shown) return null;
    const reshownWithNewText = binding.hidden && shown.text !== binding.lastShown;
    const recycled =
      !speakersCompatible(utterance.speaker, shown.speaker) ||
      (spec.recyclesRows === true && utterance.final && !rowShowsKnown(utterance.text, shown.text));
    if (reshownWithNewText || recycled) {
      unbind(row, at);
      bindings.delete(row);
      if (reshownWithNewText) {
        openFor(row, shown, at);
        return null;
      }
      return { row, ...shown };
    }
    binding.hidden = false;
    boundRows.add(row);
    tracker.attach(utterance.id);
    const speaker = preferredSpeaker(utterance.speaker, shown.speaker);
    const text = shown.text === binding.lastShown ? utterance.text : mergeShown(utterance.text, shown.text);
    binding.lastShown = shown.text;
    tracker.revise(utterance.id, { speaker, self: isSelf(speaker), text }, at);
    return null;
  }

  function returnCandidates(after: number, before: number, at: number): TrackedUtterance[] {
    const all = tracker.all();
    const candidates: TrackedUtterance[] = [];
    for (let i = all.length - 1; i >= 0 && candidates.length < MAX_RETURN_CANDIDATES; i--) {
      const utterance = all[i]!;
      if (utterance.index <= after) break;
      if (utterance.index >= before || utterance.attached) continue;
      if (at - utterance.updatedAt <= spec.returnWindowMs) candidates.push(utterance);
    }
    return candidates.reverse();
  }

  function bindRun(run: FreshRow[], after: number, before: number, at: number): void {
    const candidates = returnCandidates(after, before, at);
    const matches = alignReturningRows(
      run,
      candidates,
      (candidate, row) => speakersCompatible(candidate.speaker, row.speaker) && rowShowsKnown(candidate.text, row.text),
    );
    run.forEach((fresh, i) => {
      const known = matches[i] ? tracker.get(matches[i]) : undefined;
      if (!known) {
        openFor(fresh.row, fresh, at);
        return;
      }
      bind(fresh.row, known, fresh.text);
      const speaker = preferredSpeaker(known.speaker, fresh.speaker);
      const text = isCutOf(known.text, fresh.text) ? known.text : mergeShown(known.text, fresh.text);
      tracker.revise(known.id, { speaker, self: isSelf(speaker), text }, at);
    });
  }

  /** Splits the fresh rows into runs between bound rows (in page order) and binds each run. */
  function bindFresh(container: Element, rows: RowMatcher, fresh: Map<Element, FreshRow>, at: number): void {
    let run: FreshRow[] = [];
    let after = -1;
    for (const row of rows.rowsAt(container)) {
      const freshRow = fresh.get(row);
      if (freshRow) {
        run.push(freshRow);
        continue;
      }
      const binding = bindings.get(row);
      const utterance = binding && !binding.hidden && boundRows.has(row) ? tracker.get(binding.id) : undefined;
      if (!utterance) continue;
      if (run.length > 0) bindRun(run, after, utterance.index, at);
      run = [];
      after = Math.max(after, utterance.index);
    }
    if (run.length > 0) bindRun(run, after, Number.POSITIVE_INFINITY, at);
  }

  return {
    apply(container, rows, changes, at) {
      // Every bound row that left the container is let go. Removed elements are not read one by one: a detached row
      // is not always recognisable as a row (the structural fallback's rows are "children of the list", and a removed
      // element is no one's child), and a hidden row, already let go, may have handed its line to another row.
      for (const row of [...boundRows]) if (!container.contains(row)) unbind(row, at);
      const fresh = new Map<Element, FreshRow>();
      for (const row of [...changes.touched].sort(documentOrder)) {
        if (rows.holdsRows(row)) continue; // a wrapper around rows, not a row
        const binding = bindings.get(row);
        if (spec.isRowHidden?.(row)) {
          if (binding && !binding.hidden) {
            binding.hidden = true;
            unbind(row, at);
          }
          continue;
        }
        if (binding) {
          const again = updateBound(row, binding, at);
          if (again) fresh.set(row, again);
          continue;
        }
        const shown = readRow(row, null);
        if (shown) fresh.set(row, { row, ...shown });
      }
      if (fresh.size > 0) bindFresh(container, rows, fresh, at);
    },

    detachAll(at) {
      for (const row of [...boundRows]) unbind(row, at);
    },
  };
}
