// Explicit next step: late in the call someone names a meeting and when it happens ("Thursday at two"),
// not "I'll send some info". Near the end of the call, a missing next step becomes a nudge.
import type { LabeledUtterance } from '../../types';
import { componentsIn, isSatisfied } from '../cue-set';
import { evidenceOf, type Analyzer, type AnalyzerContext, type CallMoment, type NudgeCandidate } from './analyzer';

export interface NextStepResult {
  nextStep: boolean;
  nextStepLine: LabeledUtterance | null;
}

export function createNextStepAnalyzer(context: AnalyzerContext): Analyzer<NextStepResult> {
  const set = context.methodology.cues.nextStep;
  const nextStepLines = new Map<string, LabeledUtterance>();

  const read = ({ plan }: CallMoment): NextStepResult => {
    let earliest: LabeledUtterance | null = null;
    for (const line of nextStepLines.values()) {
      if (line.startSec >= plan.nextStepSearchFromSec && (!earliest || line.startSec < earliest.startSec)) earliest = line;
    }
    return { nextStep: earliest !== null, nextStepLine: earliest };
  };

  const latestRepLine = () => {
    const ordered = context.timeline.all();
    for (let index = ordered.length - 1; index >= 0; index--) if (ordered[index].role === 'rep') return ordered[index];
    return null;
  };

  return {
    update(current, previous) {
      if (previous) nextStepLines.delete(previous.id);
      if (isSatisfied(set, new Set(componentsIn(set, current.text)))) nextStepLines.set(current.id, current);
    },

    result: read,

    candidates(moment): NudgeCandidate[] {
      if (moment.nowSec < moment.plan.nextStepCheckSec || read(moment).nextStep) return [];
      const latest = latestRepLine();
      if (!latest) return [];
      return [{ kind: 'next-step', key: 'next-step', evidence: [evidenceOf(latest)], facts: {} }];
    },
  };
}
