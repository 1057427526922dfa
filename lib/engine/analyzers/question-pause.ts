// The pause after the rep's questions: how long the rep lets silence work before the buyer answers
// ("the answer after the pause is the real one"). Very long gaps are dropped: they are lost captions or a
// machine asleep, not a pause. Each question's pause is kept by id and only the pairs around a revised line
// are measured again.
import type { LabeledUtterance } from '../../types';
import { isRepQuestion } from '../questions';
import type { Analyzer, AnalyzerContext } from './analyzer';
import { median } from './timeline-figure';

export interface QuestionPauseResult {
  medianPauseAfterQuestionSec: number | null;
  measuredPauses: number;
}

export function createQuestionPauseAnalyzer(context: AnalyzerContext): Analyzer<QuestionPauseResult> {
  const pauseByQuestionId = new Map<string, number>();
  let cached: QuestionPauseResult | null = null;

  /** Measures the pair that starts at `index`: a rep question followed directly by a buyer line. */
  const measurePairAt = (index: number) => {
    const question: LabeledUtterance | undefined = context.timeline.at(index);
    if (!question) return;
    const answer = context.timeline.at(index + 1);
    const before = pauseByQuestionId.get(question.id);
    let pause: number | undefined;
    if (answer?.role === 'buyer' && isRepQuestion(question, context.methodology.cues)) {
      const silence = Math.max(answer.startSec - question.endSec, 0);
      if (silence <= context.settings.thresholds.pauseAfterQuestion.maxMeasuredSec) pause = silence;
    }
    if (pause === before) return;
    if (pause === undefined) pauseByQuestionId.delete(question.id);
    else pauseByQuestionId.set(question.id, pause);
    cached = null;
  };

  return {
    update(current, previous) {
      const index = context.timeline.indexOf(current.id);
      measurePairAt(index - 1);
      measurePairAt(index);
      if (previous && previous.startSec !== current.startSec) {
        const formerIndex = context.timeline.firstIndexFrom(previous.startSec);
        measurePairAt(formerIndex - 1);
        measurePairAt(formerIndex);
      }
    },
    result() {
      cached ??= { medianPauseAfterQuestionSec: median([...pauseByQuestionId.values()]), measuredPauses: pauseByQuestionId.size };
      return cached;
    },
    candidates() {
      return [];
    },
  };
}
