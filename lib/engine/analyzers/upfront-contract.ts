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
  /** No call's opening ends later than this, so later lines never count toward the contract. */
  const latestContractSec = () => {
    const { phases, checks } = context.settings.thresholds;
    return phases.openingMaxSec + checks.upfrontContractGraceSec;
  };

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

  /** The rep's first two lines of the opening, to show what was said instead of a contract. */
  const openingRepLines = (moment: CallMoment) => {
    const lines: LabeledUtterance[] = [];
    for (const utterance of context.timeline.all()) {
      if (utterance.startSec >= moment.plan.openingEndSec || lines.length === 2) break;
      if (utterance.role === 'rep') lines.push(utterance);
    }
    return lines;
  };

  return {
    update(current, previous) {
      if (previous) partsByLine.delete(previous.id);
      if (current.role !== 'rep' || current.startSec >= latestContractSec()) return;
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
