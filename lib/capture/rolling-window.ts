// Zoom shows each caption row as a rolling window: the row's text grows while the person speaks and drops its
// beginning once it is long. Every new window is the current tail of the utterance, so merging it means finding
// where it starts inside what we already have and replacing everything from there on (that also takes in-place
// corrections of the last words). Words are compared without case or punctuation, which Zoom revises.
import { boundedMemo } from './bounded-memo';
import { comparableWords } from './caption-text';

interface Alignment {
  /** Word index in the accumulated text where the window starts. */
  start: number;
  /** Words compared (window and accumulated text both present). */
  overlap: number;
  /** Compared words that are equal. */
  matches: number;
}

/** Share of compared words that must be equal for a window to be placed over the accumulated text. */
const MIN_MATCH_SHARE = 0.5;
/** Share needed to say a window shown by a re-created row is the tail of a known utterance. */
const BELONGS_MATCH_SHARE = 0.6;

function tokens(text: string): string[] {
  return text.split(' ').filter((token) => token.length > 0);
}

const tokenKey = boundedMemo((token) => comparableWords(token).join(' ') || token, 5_000);

/** Where `window` best sits over the tail of `accumulated`, or null when they share nothing. */
function alignWindow(accumulatedKeys: readonly string[], windowKeys: readonly string[]): Alignment | null {
  // The window is the tail of the current text, so only starts near the end can be right; a correction can
  // shorten the text, hence the slack of one more window length.
  const firstStart = Math.max(0, accumulatedKeys.length - 2 * windowKeys.length - 4);
  // A window normally reaches the end of what we have (it shows the newest words); only when none of those
  // placements fits was the text shortened by a correction. Trying them first keeps repetitive speech
  // ("we route jobs … we route jobs …") from being placed one repetition too early, which would drop words.
  let reachingEnd: Alignment | null = null;
  let inside: Alignment | null = null;
  for (let start = firstStart; start < accumulatedKeys.length; start++) {
    const overlap = Math.min(accumulatedKeys.length - start, windowKeys.length);
    let matches = 0;
    for (let i = 0; i < overlap; i++) if (accumulatedKeys[start + i] === windowKeys[i]) matches++;
    if (matches === 0 || matches < Math.ceil(overlap * MIN_MATCH_SHARE)) continue;
    const candidate = { start, overlap, matches };
    if (start + windowKeys.length >= accumulatedKeys.length) {
      if (!reachingEnd || matches > reachingEnd.matches) reachingEnd = candidate;
    } else if (!inside || matches > inside.matches) inside = candidate;
  }
  return reachingEnd ?? inside;
}

/**
 * The utterance text after the row showed `windowText`: the accumulated text up to where the window starts, then
 * the window. A window that shares nothing with the accumulated text is new speech after a jump: appended.
 */
export function mergeRollingWindow(accumulated: string, windowText: string): string {
  const accumulatedTokens = tokens(accumulated);
  const windowTokens = tokens(windowText);
  if (accumulatedTokens.length === 0) return windowTokens.join(' ');
  if (windowTokens.length === 0) return accumulatedTokens.join(' ');
  const alignment = alignWindow(accumulatedTokens.map(tokenKey), windowTokens.map(tokenKey));
  const kept = alignment ? accumulatedTokens.slice(0, alignment.start) : accumulatedTokens;
  return [...kept, ...windowTokens].join(' ');
}

/** Whether a row showing `windowText` (e.g. re-rendered after the caption box came back) is the tail of `known`. */
export function windowBelongsTo(known: string, windowText: string): boolean {
  const knownKeys = tokens(known).map(tokenKey);
  const windowKeys = tokens(windowText).map(tokenKey);
  if (knownKeys.length === 0 || windowKeys.length === 0) return false;
  const alignment = alignWindow(knownKeys, windowKeys);
  if (!alignment) return false;
  const atTail = alignment.overlap === windowKeys.length || alignment.start + alignment.overlap === knownKeys.length;
  return atTail && alignment.matches >= Math.ceil(alignment.overlap * BELONGS_MATCH_SHARE);
}
