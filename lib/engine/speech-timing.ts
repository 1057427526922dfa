// How long a caption line plausibly took to say. Captions give a start and a last-rewrite time; a line
// with no span still took time to say, and a span far longer than its words (the machine slept, or the
// platform corrected the line much later) must not count as speaking time.
import type { Thresholds } from './methodology';

export function countWords(text: string): number {
  const matches = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return matches ? matches.length : 0;
}

export function minSpeakingSec(words: number, speech: Thresholds['speech']): number {
  return words / speech.wordsPerSecond;
}

export function maxSpeakingSec(words: number, speech: Thresholds['speech']): number {
  return words / speech.slowestWordsPerSecond + speech.spanSlackSec;
}

/** The end of a line that began at `startSec` and was last rewritten at `lastSeenSec`. */
export function speakingEndSec(text: string, startSec: number, lastSeenSec: number, speech: Thresholds['speech']): number {
  const words = countWords(text);
  const span = Math.max(lastSeenSec - startSec, 0);
  const clamped = Math.min(Math.max(span, minSpeakingSec(words, speech)), maxSpeakingSec(words, speech));
  return startSec + clamped;
}
