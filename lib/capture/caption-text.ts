// Caption text as the adapters emit and compare it. Captions come from a page we do not control, so text is
// cleaned of invisible control characters (zero-width spaces, bidi overrides) that would make equal lines
// compare unequal or display deceptively, while joiners that build emoji and scripts are kept.
import { boundedMemo } from './bounded-memo';

/** Longest caption text an adapter emits (the call-script limit); longer text keeps its beginning. */
export const MAX_CAPTION_CHARS = 20_000;
/** Longest speaker label an adapter emits. */
export const MAX_SPEAKER_CHARS = 200;

// Zero-width space, word joiner, BOM, soft hyphen, LRM/RLM/ALM, bidi embeddings/overrides/isolates.
// ZWJ (U+200D) and ZWNJ (U+200C) stay: emoji sequences and several scripts need them.
const INVISIBLE_CONTROLS = /[\u200B\u2060\uFEFF\u00AD\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/gu;
const WHITESPACE_RUN = /\s+/gu;

function truncate(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const code = text.charCodeAt(maxChars);
  const splitsSurrogatePair = code >= 0xdc00 && code <= 0xdfff;
  const cut = splitsSurrogatePair ? maxChars - 1 : maxChars;
  return text.slice(0, cut).trimEnd();
}

function clean(raw: string, maxChars: number): string {
  return truncate(raw.normalize('NFC').replace(INVISIBLE_CONTROLS, '').replace(WHITESPACE_RUN, ' ').trim(), maxChars);
}

export function cleanCaptionText(raw: string): string {
  return clean(raw, MAX_CAPTION_CHARS);
}

export function cleanSpeakerLabel(raw: string): string {
  return clean(raw, MAX_SPEAKER_CHARS);
}

/** Lower-cased words without punctuation: what two renderings of one line share even when re-punctuated. */
export const comparableWords: (text: string) => readonly string[] = boundedMemo(
  (text) => text.toLocaleLowerCase('und').match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu) ?? [],
  2_000,
);

/** Whether `words` begins with `prefix`, the prefix's last word possibly cut mid-word ("how" of "hows"): captions
 *  grow a letter at a time, so an earlier version often ends in half a word. */
function startsWith(words: readonly string[], prefix: readonly string[]): boolean {
  if (prefix.length > words.length) return false;
  const last = prefix.length - 1;
  return prefix.every((word, i) => words[i] === word || (i === last && words[i]!.startsWith(word)));
}

function containsRun(words: readonly string[], run: readonly string[]): boolean {
  if (run.length === 0 || run.length > words.length) return false;
  outer: for (let start = 0; start + run.length <= words.length; start++) {
    for (let i = 0; i < run.length; i++) if (words[start + i] !== run[i]) continue outer;
    return true;
  }
  return false;
}

/** Dice coefficient over word multisets: 1 for the same words in any order, 0 for no word in common. */
export function wordOverlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const word of a) counts.set(word, (counts.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of b) {
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(word, left - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

/** Share of common words at which two renderings count as the same line corrected in place. */
export const SAME_LINE_MIN_OVERLAP = 0.6;

/**
 * Whether `shown` can be a later (or earlier) rendering of the line `known`: the same words, one grown from the
 * other, one a cut of the other (a re-render that dropped the beginning), or mostly the same words (in-place
 * corrections). Emoji-only lines, which have no words, must match exactly.
 */
export function textsCorrespond(known: string, shown: string): boolean {
  if (known === shown) return true;
  const knownWords = comparableWords(known);
  const shownWords = comparableWords(shown);
  if (knownWords.length === 0 || shownWords.length === 0) return cleanCaptionText(known) === cleanCaptionText(shown);
  if (startsWith(knownWords, shownWords) || startsWith(shownWords, knownWords)) return true;
  if (containsRun(knownWords, shownWords) || containsRun(shownWords, knownWords)) return true;
  return wordOverlap(knownWords, shownWords) >= SAME_LINE_MIN_OVERLAP;
}

/** Whether `shown` is a shorter piece of `known` (a re-render that dropped the beginning or the end). */
export function isCutOf(known: string, shown: string): boolean {
  const knownWords = comparableWords(known);
  const shownWords = comparableWords(shown);
  return shownWords.length < knownWords.length && containsRun(knownWords, shownWords);
}
