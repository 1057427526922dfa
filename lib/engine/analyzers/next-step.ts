// Explicit next step: late in the call someone names a meeting and when it happens ("Thursday at two"),
// not "I'll send some info". The parts may be spread over a few consecutive caption lines
// (lib/engine/next-step-window.ts). Near the end of the call, a missing next step becomes a nudge.
import type { LabeledUtterance, RepAct } from '../../types';
import { componentsOfLine } from '../cue-set';
import { countsAsObjection } from '../labeling';
import { windowStartSecEndingAt } from '../next-step-window';
import { evidenceOf, type Analyzer, type AnalyzerContext, type CallMoment, type NudgeCandidate } from './analyzer';

export interface NextStepResult {
  nextStep: boolean;
  nextStepLine: LabeledUtterance | null;
}

export function createNextStepAnalyzer(context: AnalyzerContext): Analyzer<NextStepResult> {
  const set = context.methodology.cues.nextStep;
  /** Components per line id, for the latest text of the line (revisions replace). */
  const componentsById = new Map<string, { text: string; pushback: boolean; act: RepAct | null; components: string[] }>();

  /** A buyer pushing back ("call me in the spring maybe", "not before the partners meet on the ninth") books nothing. */
  const isPushback = (line: LabeledUtterance) => countsAsObjection(line.label, context.settings.thresholds.objection.minConfidence);

  const componentsOf = (line: LabeledUtterance) => {
    const pushback = isPushback(line);
    const act = line.label.role === 'rep' ? line.label.act : null;
    const cached = componentsById.get(line.id);
    if (cached && cached.text === line.text && cached.pushback === pushback && cached.act === act) return cached.components;
    const components = pushback ? [] : componentsOfLine(set, line);
    componentsById.set(line.id, { text: line.text, pushback, act, components });
    return components;
  };

  /** Lines that complete a next step, with where their shortest window starts; kept up to date line by line. */
  const completing = new Map<string, { line: LabeledUtterance; windowStartSec: number }>();
  const windowLineAt = (index: number) => {
    const line = context.timeline.at(index);
    return line && { id: line.id, startSec: line.startSec, components: componentsOf(line) };
  };
  /** A booking is agreed with the rep: a buyer alone naming a day ("monday morning the phone rings") books nothing. */
  const repTakesPart = (windowStartSec: number, end: number) => {
    for (let index = end; index >= 0; index--) {
      const line = context.timeline.at(index)!;
      if (line.startSec < windowStartSec) return false;
      if (line.role === 'rep' && componentsOf(line).length > 0) return true;
    }
    return false;
  };
  /** A line changes the windows that end at it and at the few lines after it. */
  const recheckFrom = (index: number) => {
    const maxLines = set.acrossLines?.maxLines ?? 1;
    for (let end = index; end < Math.min(index + maxLines, context.timeline.size); end++) {
      const line = context.timeline.at(end)!;
      const windowStartSec = windowStartSecEndingAt(set, windowLineAt, end);
      if (windowStartSec === null || !repTakesPart(windowStartSec, end)) completing.delete(line.id);
      else completing.set(line.id, { line, windowStartSec });
    }
  };

  /**
   * The buyer turns the booking down or puts it off ("next week is impossible", "let me talk to Brent first"): read in
   * the buyer's first line among the few after the line that completed it, or in that line when it is the buyer's.
   */
  const declined = context.methodology.cues.nextStepDeclined;
  const buyerDeclines = (line: LabeledUtterance) => {
    const index = context.timeline.indexOf(line.id);
    for (let at = index; at >= 0 && at <= index + declined.answerLines && at < context.timeline.size; at++) {
      const answer = context.timeline.at(at)!;
      if (answer.role !== 'buyer') continue;
      return isPushback(answer) || declined.patterns.some((pattern) => pattern.test(answer.text));
    }
    return false;
  };

  const bookedLine = (fromSec: number): LabeledUtterance | null => {
    let earliest: LabeledUtterance | null = null;
    for (const { line, windowStartSec } of completing.values()) {
      if (line.startSec < fromSec || windowStartSec < fromSec || (earliest && line.startSec >= earliest.startSec)) continue;
      if (!buyerDeclines(line)) earliest = line;
    }
    return earliest;
  };

  const read = ({ plan }: CallMoment): NextStepResult => {
    const booked = bookedLine(plan.nextStepSearchFromSec);
    return { nextStep: booked !== null, nextStepLine: booked };
  };

  const latestRepLine = () => {
    const ordered = context.timeline.all();
    for (let index = ordered.length - 1; index >= 0; index--) if (ordered[index].role === 'rep') return ordered[index];
    return null;
  };

  return {
    update(current, previous) {
      if (previous && previous.id !== current.id) {
        componentsById.delete(previous.id);
        completing.delete(previous.id);
      }
      componentsOf(current);
      const index = context.timeline.indexOf(current.id);
      if (index >= 0) recheckFrom(index);
    },

    result: read,

    candidates(moment): NudgeCandidate[] {
      if (moment.nowSec < moment.plan.nextStepCheckSec) return [];
      if (bookedLine(moment.plan.nextStepSearchFromSec)) return [];
      const latestRep = latestRepLine();
      if (!latestRep) return [];
      return [{ kind: 'next-step', key: 'next-step', evidence: [evidenceOf(latestRep)], facts: {} }];
    },
  };
}
