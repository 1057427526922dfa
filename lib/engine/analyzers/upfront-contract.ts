// Upfront contract: in the opening minutes the rep sets the agenda, the time, what happens at the end, and
// asks for agreement. The parts may be spread over several lines of the opening.
import type { LabeledUtterance } from '../../types';
import { componentsIn, isSatisfied } from '../cue-set';
import { evidenceOf, type Analyzer, type AnalyzerContext, type CallMoment, type NudgeCandidate } from './analyzer';

export interface UpfrontContractResult {
  upfrontContract: boolean;
  /** The rep lines that made up the contract (empty when none was set). */
  contractLines: LabeledUtterance[];
}

export function createUpfrontContractAnalyzer(context: AnalyzerContext): Analyzer<UpfrontContractResult> {
  const set = context.methodology.cues.upfrontContract;
  const partsByLine = new Map<string, { utterance: LabeledUtterance; parts: string[] }>();

  const read = ({ plan }: CallMoment): UpfrontContractResult => {
    const parts = new Set<string>();
    const contractLines: LabeledUtterance[] = [];
    for (const entry of partsByLine.values()) {
      if (entry.utterance.startSec >= plan.upfrontContractBySec) continue;
      entry.parts.forEach((part) => parts.add(part));
      contractLines.push(entry.utterance);
    }
    const upfrontContract = isSatisfied(set, parts);
    return {
      upfrontContract,
      contractLines: upfrontContract ? contractLines.sort((a, b) => a.startSec - b.startSec) : [],
    };
  };

  const openingRepLines = (moment: CallMoment) =>
    context.timeline
      .all()
      .filter((utterance) => utterance.role === 'rep' && utterance.startSec < moment.plan.openingEndSec)
      .slice(0, 2);

  return {
    update(current, previous) {
      if (previous) partsByLine.delete(previous.id);
      if (current.role !== 'rep') return;
      const parts = componentsIn(set, current.text);
      if (parts.length > 0) partsByLine.set(current.id, { utterance: current, parts });
    },

    result: read,

    candidates(moment): NudgeCandidate[] {
      const { nowSec, plan } = moment;
      if (nowSec < plan.upfrontContractBySec || nowSec >= plan.pitchStartSec || read(moment).upfrontContract) return [];
      const evidence = openingRepLines(moment).map(evidenceOf);
      if (evidence.length === 0) return [];
      return [{ kind: 'upfront-contract', key: 'upfront-contract', evidence, facts: {} }];
    },
  };
}
