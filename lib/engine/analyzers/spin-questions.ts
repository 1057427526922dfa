// SPIN question counts: how many situation, problem, implication and need-payoff questions the rep asked.
// By mid-call the rep should have asked implication questions (thresholds.checks.implicationQuestionsMin): that is
// where urgency is born.
import { SPIN_ACTS, type LabeledUtterance, type SpinAct } from '../../types';
import { evidenceOf, type Analyzer, type AnalyzerContext, type NudgeCandidate } from './analyzer';

export type QuestionCounts = Record<SpinAct, number>;

const SPIN = new Set<string>(SPIN_ACTS);
const spinActOf = (utterance: LabeledUtterance): SpinAct | null =>
  utterance.label.role === 'rep' && SPIN.has(utterance.label.act) ? (utterance.label.act as SpinAct) : null;

export function createSpinQuestionsAnalyzer(context: AnalyzerContext): Analyzer<QuestionCounts> {
  const counts: QuestionCounts = { situation: 0, problem: 0, implication: 0, need_payoff: 0 };
  const problemQuestions = new Map<string, LabeledUtterance>();
  let latestProblem: LabeledUtterance | null = null;
  let latestIsStale = false;

  const latestProblemQuestion = () => {
    if (latestIsStale) {
      latestProblem = null;
      for (const question of problemQuestions.values()) {
        if (!latestProblem || question.startSec > latestProblem.startSec) latestProblem = question;
      }
      latestIsStale = false;
    }
    return latestProblem;
  };

  const latestBuyerLine = () => {
    const ordered = context.timeline.all();
    for (let index = ordered.length - 1; index >= 0; index--) if (ordered[index].role === 'buyer') return ordered[index];
    return null;
  };

  /** What the nudge points at: the latest problem question and the buyer's answer, else the latest buyer line. */
  const latestPainEvidence = () => {
    const question = latestProblemQuestion();
    if (question) {
      const answer = context.timeline.at(context.timeline.indexOf(question.id) + 1);
      return answer?.role === 'buyer' ? [evidenceOf(question), evidenceOf(answer)] : [evidenceOf(question)];
    }
    const lastBuyer = latestBuyerLine();
    return lastBuyer ? [evidenceOf(lastBuyer)] : [];
  };

  return {
    update(current, previous) {
      const before = previous && spinActOf(previous);
      if (before) counts[before]--;
      const after = spinActOf(current);
      if (after) counts[after]++;
      if (problemQuestions.delete(current.id) && latestProblem?.id === current.id) latestIsStale = true;
      if (after !== 'problem') return;
      problemQuestions.set(current.id, current);
      if (!latestIsStale && (!latestProblem || current.startSec > latestProblem.startSec)) latestProblem = current;
    },

    result() {
      return { ...counts };
    },

    candidates({ nowSec, plan }): NudgeCandidate[] {
      if (nowSec < plan.implicationBySec || nowSec >= plan.nextStepsStartSec || counts.implication >= context.settings.thresholds.checks.implicationQuestionsMin) return [];
      const evidence = latestPainEvidence();
      if (evidence.length === 0) return [];
      return [{ kind: 'implication', key: 'implication', evidence, facts: {} }];
    },
  };
}
