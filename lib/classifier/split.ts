// The held-out test split. A line's split depends only on a stable hash of its normalized text, so lines
// added to the corpus later never move an existing line from one split to the other, and re-training on a
// grown corpus never trains on an old test line.
import { normalizeText } from './normalize';

export const TEST_SPLIT_PERCENT = 20;

/** FNV-1a, 32 bit: stable across runs, platforms and Node versions. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function isTestLine(text: string): boolean {
  return stableHash(`split:${normalizeText(text)}`) % 100 < TEST_SPLIT_PERCENT;
}

/** Fold (0..folds-1) of a training line for k-fold cross validation; independent of the test split hash. */
export function foldOf(text: string, folds: number): number {
  return stableHash(`fold:${normalizeText(text)}`) % folds;
}
