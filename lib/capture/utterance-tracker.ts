// The utterances of one call as the adapter has seen them, and when each becomes final. The DOM side tells the
// tracker what it read (a new line, new text or speaker for a line, a row gone or back); the tracker emits a
// revision whenever something visible changed and decides finality:
// - the platform stopped rewriting the line for `settleMs`;
// - a newer line from a different speaker settled (the platform has moved on, even if it still touches this one);
// - its row left the page and did not come back within `detachGraceMs`;
// - the call ended (finalizeAll).
// A line that changes after its final revision (a late correction or a late rename) gets another final revision
// with the same id, so consumers that key by id simply take the latest.
import type { UtteranceRevision } from '../types';

export interface TrackerOptions {
  nextId: () => string;
  emit: (revision: UtteranceRevision) => void;
  /** Quiet time after the last rewrite before a line is final. */
  settleMs: number;
  /** Time a line's row may be gone (re-render, virtual scrolling) before the line is final. */
  detachGraceMs: number;
}

export interface TrackedUtterance extends UtteranceRevision {
  /** Order of first appearance within the call. */
  readonly index: number;
  /** True while a row on the page shows this utterance. */
  attached: boolean;
  detachedAt: number | null;
}

export interface UtteranceContent {
  speaker: string;
  self: boolean;
  text: string;
}

export interface UtteranceTracker {
  open(content: UtteranceContent, at: number): TrackedUtterance;
  /** Applies what a row now shows; emits a revision when speaker, self or text changed. */
  revise(id: string, content: UtteranceContent, at: number): void;
  attach(id: string): void;
  detach(id: string, at: number): void;
  /** Finalizes the lines that are due at `at`. */
  settle(at: number): void;
  /** Finalizes every open line, oldest first (call ended). */
  finalizeAll(): void;
  /** The earliest time a pending line becomes due, or null when none is open. */
  nextDeadline(): number | null;
  get(id: string): TrackedUtterance | undefined;
  /** All utterances in order of first appearance (read-only view). */
  all(): readonly TrackedUtterance[];
}

export function createUtteranceTracker(options: TrackerOptions): UtteranceTracker {
  const utterances: TrackedUtterance[] = [];
  const byId = new Map<string, TrackedUtterance>();
  const open = new Set<TrackedUtterance>();

  function emit(utterance: TrackedUtterance): void {
    const { id, speaker, self, text, startedAt, updatedAt, final } = utterance;
    options.emit({ id, speaker, self, text, startedAt, updatedAt, final });
  }

  function finalize(utterance: TrackedUtterance): void {
    if (utterance.final) return;
    utterance.final = true;
    open.delete(utterance);
    emit(utterance);
  }

  function dueAt(utterance: TrackedUtterance): number {
    const settled = utterance.updatedAt + options.settleMs;
    if (utterance.attached || utterance.detachedAt === null) return settled;
    return Math.min(settled, utterance.detachedAt + options.detachGraceMs);
  }

  return {
    open(content, at) {
      const utterance: TrackedUtterance = {
        id: options.nextId(),
        ...content,
        startedAt: at,
        updatedAt: at,
        final: false,
        index: utterances.length,
        attached: true,
        detachedAt: null,
      };
      utterances.push(utterance);
      byId.set(utterance.id, utterance);
      open.add(utterance);
      emit(utterance);
      return utterance;
    },

    revise(id, content, at) {
      const utterance = byId.get(id);
      if (!utterance) return;
      const changed =
        utterance.text !== content.text || utterance.speaker !== content.speaker || utterance.self !== content.self;
      if (!changed) return;
      utterance.speaker = content.speaker;
      utterance.self = content.self;
      utterance.text = content.text;
      utterance.updatedAt = Math.max(at, utterance.updatedAt);
      emit(utterance);
    },

    attach(id) {
      const utterance = byId.get(id);
      if (!utterance) return;
      utterance.attached = true;
      utterance.detachedAt = null;
    },

    detach(id, at) {
      const utterance = byId.get(id);
      if (!utterance || !utterance.attached) return;
      utterance.attached = false;
      utterance.detachedAt = at;
    },

    settle(at) {
      const due = [...open].filter((utterance) => dueAt(utterance) <= at);
      for (const settled of due) {
        finalize(settled);
        if (at < settled.updatedAt + options.settleMs) continue;
        // A settled line means the platform moved past the older lines of other speakers.
        for (const older of [...open]) {
          if (older.index < settled.index && older.speaker !== settled.speaker) finalize(older);
        }
      }
    },

    finalizeAll() {
      for (const utterance of [...open].sort((a, b) => a.index - b.index)) finalize(utterance);
    },

    nextDeadline() {
      let earliest: number | null = null;
      for (const utterance of open) {
        const due = dueAt(utterance);
        if (earliest === null || due < earliest) earliest = due;
      }
      return earliest;
    },

    get: (id) => byId.get(id),
    all: () => utterances,
  };
}
