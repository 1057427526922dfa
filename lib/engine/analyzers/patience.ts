// Patience: how long the rep waits, once the buyer stops, before speaking (the median over every buyer line
// followed directly by a rep line). Top performers wait longer (benchmarks.json). The rep starting before the
// buyer finished counts as no pause; gaps longer than patience.maxMeasuredSec are lost captions, not patience.
// Only as good as the timing under it: live captions time lines to about a second, and transcripts imported
// without times have none (their lines are laid end to end), which the UI says beside the figure.
import { BENCHMARKS, type Benchmarks } from '../benchmarks';
import type { Analyzer, AnalyzerContext } from './analyzer';
import { median, timelineFigure } from './timeline-figure';

export interface PatienceResult {
  /** Median seconds between the buyer's last word and the rep's next line; null when none was measured. */
  repPatienceSec: number | null;
  measuredResponses: number;
}

export function createPatienceAnalyzer(context: AnalyzerContext, benchmarks: Benchmarks = BENCHMARKS): Analyzer<PatienceResult> {
  return timelineFigure(() => {
    const lines = context.timeline.all();
    const pauses: number[] = [];
    for (let index = 1; index < lines.length; index++) {
      const [before, after] = [lines[index - 1], lines[index]];
      if (before.role !== 'buyer' || after.role !== 'rep') continue;
      const gap = Math.max(after.startSec - before.endSec, 0);
      if (gap <= benchmarks.patience.maxMeasuredSec) pauses.push(gap);
    }
    return { repPatienceSec: median(pauses), measuredResponses: pauses.length };
  });
}
