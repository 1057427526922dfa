// Live captions have a behaviour no other text on a meeting page has: the same element's text is rewritten in
// place a few times a second while someone speaks, growing word by word (Meet, Teams) or sliding forward as a
// rolling window (Zoom). A chat message, a toast or a participant list changes by whole new elements instead.
// The structural fallback reader and the capture health check use this to tell captions from everything else.
import { comparableWords } from './caption-text';

/** Words the previous text and the rewrite must share at their seam for a rolling window to count. */
const MIN_SLIDING_OVERLAP = 2;

function sharedPrefixLength(a: readonly string[], b: readonly string[]): number {
  let shared = 0;
  while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared++;
  return shared;
}

/** Whether `next` is what a live caption row shows after `previous`: the same line grown, corrected or slid on. */
export function isLiveCaptionRewrite(previous: string, next: string): boolean {
  const before = comparableWords(previous);
  const after = comparableWords(next);
  if (before.length === 0 || before.join(' ') === after.join(' ')) return false;
  // Grown (perhaps with its last words corrected): most of what was shown stays at the start.
  if (sharedPrefixLength(before, after) >= Math.max(1, Math.ceil(before.length * 0.6))) return after.length > before.length;
  // A rolling window: the new text starts somewhere inside the old one and runs past its end.
  for (let start = 1; start < before.length; start++) {
    const tail = before.slice(start);
    if (tail.length < MIN_SLIDING_OVERLAP) break;
    if (sharedPrefixLength(tail, after) === tail.length && after.length > tail.length) return true;
  }
  return false;
}
