// Questions asked and how they spread: the rep's questions (discovery acts, or lines asked as questions) and the
// share of the call's four quarters that hold at least one. About 11 to 14 questions, spread through the call,
// go with successful discovery calls; a questionnaire in the first minutes does not (benchmarks.json).
import { isRepQuestion } from '../questions';
import type { Analyzer, AnalyzerContext } from './analyzer';
import { timelineFigure } from './timeline-figure';

export const CALL_QUARTERS = 4;

export interface QuestionSpreadResult {
  repQuestionCount: number;
  /** Quarters of the call (by time) with at least one rep question, ÷ 4; null before anyone spoke. */
  questionSpread: number | null;
}

export function createQuestionSpreadAnalyzer(context: AnalyzerContext): Analyzer<QuestionSpreadResult> {
  return timelineFigure((): QuestionSpreadResult => {
    const lines = context.timeline.all();
    if (lines.length === 0) return { repQuestionCount: 0, questionSpread: null };
    const startSec = lines[0].startSec;
    const spanSec = Math.max(context.timeline.endSec() - startSec, 1);
    const questions = lines.filter((line) => isRepQuestion(line, context.methodology.cues));
    const quarters = new Set(questions.map((line) => Math.min(Math.floor(((line.startSec - startSec) / spanSec) * CALL_QUARTERS), CALL_QUARTERS - 1)));
    return { repQuestionCount: questions.length, questionSpread: quarters.size / CALL_QUARTERS };
  });
}
