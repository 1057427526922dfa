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
  let latest: LabeledUtterance | null = null;
  let latestIsStale = false;

  const latestLine = () => {
    if (latestIsStale) {
      latest = null;
      for (const line of nextStepLines.values()) if (!latest || line.startSec > latest.startSec) latest = line;
      latestIsStale = false;
    }
    return latest;
  };

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
      if (previous && nextStepLines.delete(previous.id) && latest?.id === previous.id) latestIsStale = true;
      if (!isSatisfied(set, new Set(componentsIn(set, current.text)))) return;
      nextStepLines.set(current.id, current);
      if (!latestIsStale && (!latest || current.startSec > latest.startSec)) latest = current;
    },

    result: read,

    candidates(moment): NudgeCandidate[] {
      if (moment.nowSec < moment.plan.nextStepCheckSec) return [];
      const booked = latestLine();
      if (booked && booked.startSec >= moment.plan.nextStepSearchFromSec) return [];
      const latestRep = latestRepLine();
      if (!latestRep) return [];
      return [{ kind: 'next-step', key: 'next-step', evidence: [evidenceOf(latestRep)], facts: {} }];
    },
  };
}
