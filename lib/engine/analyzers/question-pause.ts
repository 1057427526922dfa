// The pause after the rep's questions: how long the rep lets silence work before the buyer answers
// ("the answer after the pause is the real one"). Very long gaps are dropped: they are lost captions or a
// machine asleep, not a pause.
import { isRepQuestion } from '../questions';
import type { Analyzer, AnalyzerContext } from './analyzer';

export interface QuestionPauseResult {
  medianPauseAfterQuestionSec: number | null;
  measuredPauses: number;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function createQuestionPauseAnalyzer(context: AnalyzerContext): Analyzer<QuestionPauseResult> {
  let cached: QuestionPauseResult | null = null;

  const compute = (): QuestionPauseResult => {
    const { maxMeasuredSec } = context.settings.thresholds.pauseAfterQuestion;
    const ordered = context.timeline.all();
    const pauses: number[] = [];
    for (let index = 0; index + 1 < ordered.length; index++) {
      const question = ordered[index];
      const answer = ordered[index + 1];
      if (answer.role !== 'buyer' || !isRepQuestion(question, context.methodology.cues)) continue;
      const pause = Math.max(answer.startSec - question.endSec, 0);
      if (pause <= maxMeasuredSec) pauses.push(pause);
    }
    return { medianPauseAfterQuestionSec: median(pauses), measuredPauses: pauses.length };
  };

  return {
    update() {
      cached = null;
    },
    result() {
      cached ??= compute();
      return cached;
    },
    candidates() {
      return [];
    },
  };
}
