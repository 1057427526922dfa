// The shape shared by the analyzers whose figure is read off the whole timeline and that never nudge
// (interactivity, question spread, patience): the figure is computed when asked, kept until the next line
// changes, and proposes no candidates.
import type { Analyzer } from './analyzer';

export function timelineFigure<Result>(compute: () => Result): Analyzer<Result> {
  let cached: { value: Result } | null = null;
  return {
    update() {
      cached = null;
    },
    result() {
      cached ??= { value: compute() };
      return cached.value;
    },
    candidates() {
      return [];
    },
  };
}

/** The middle value (mean of the two middle ones for an even count); null for no values. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
