// SPIN question counts: how many situation, problem, implication and need-payoff questions the rep asked.
// By mid-call the rep should have asked at least one implication question: that is where urgency is born.
import { SPIN_ACTS, type LabeledUtterance, type SpinAct } from '../../types';
import { evidenceOf, type Analyzer, type AnalyzerContext, type NudgeCandidate } from './analyzer';

export type QuestionCounts = Record<SpinAct, number>;

const SPIN = new Set<string>(SPIN_ACTS);
const spinActOf = (utterance: LabeledUtterance): SpinAct | null =>
  utterance.label.role === 'rep' && SPIN.has(utterance.label.act) ? (utterance.label.act as SpinAct) : null;

export function createSpinQuestionsAnalyzer(context: AnalyzerContext): Analyzer<QuestionCounts> {
  const counts: QuestionCounts = { situation: 0, problem: 0, implication: 0, need_payoff: 0 };

  /** What the nudge points at: the latest problem question and the buyer's answer, else the latest buyer line. */
  const latestPainEvidence = () => {
    const ordered = context.timeline.all();
    let lastBuyer: LabeledUtterance | null = null;
    for (let index = ordered.length - 1; index >= 0; index--) {
      const utterance = ordered[index];
      if (utterance.role === 'buyer') lastBuyer ??= utterance;
      if (spinActOf(utterance) === 'problem') {
        const answer = ordered[index + 1];
        return answer?.role === 'buyer' ? [evidenceOf(utterance), evidenceOf(answer)] : [evidenceOf(utterance)];
      }
    }
    return lastBuyer ? [evidenceOf(lastBuyer)] : [];
  };

  return {
    update(current, previous) {
      const before = previous && spinActOf(previous);
      if (before) counts[before]--;
      const after = spinActOf(current);
      if (after) counts[after]++;
    },

    result() {
      return { ...counts };
    },

    candidates({ nowSec, plan }): NudgeCandidate[] {
      if (nowSec < plan.implicationBySec || nowSec >= plan.nextStepsStartSec || counts.implication > 0) return [];
      const evidence = latestPainEvidence();
      if (evidence.length === 0) return [];
      return [{ kind: 'implication', key: 'implication', evidence, facts: {} }];
    },
  };
}
