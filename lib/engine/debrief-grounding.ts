// Why: a debrief a coach would sign says only what the call shows. Every statement is built from labeled
// moments and checked here before it is shown; a statement that fails a rule is dropped and the next one in
// the call type's order takes its place. One rule per row of GROUNDING_RULES, each naming what it guards.
import type { CallType } from '../types';
import type { DebriefInput, FoundMoment } from './debrief-moments';
import { actBefore, askedAboutBefore, coveredBefore, isPushback, isSureQuestionOf, lateCallNamedAWhen, openingHadContractPart, recapBefore } from './debrief-state';
import type { OpportunityKey, WentWellKey } from './methodology/schema';

export type MomentSide = 'strength' | 'opportunity';

export interface GroundingRule {
  name: string;
  /** Null when the moment passes; otherwise why it may not be shown. */
  check(input: DebriefInput, moment: FoundMoment<string>, side: MomentSide): string | null;
}

export const callTypeOf = (input: Pick<DebriefInput, 'analysis'>): CallType => input.analysis.callType ?? 'discovery';

function entryOf(input: DebriefInput, moment: FoundMoment<string>, side: MomentSide) {
  const wording = input.methodology.debriefWording;
  return side === 'strength' ? wording.wentWell[moment.key as WentWellKey] : wording.opportunities[moment.key as OpportunityKey];
}

export const labeledAct = (moment: FoundMoment<string>, index: number) => {
  const line = moment.lines?.[index];
  return line?.label.role === 'rep' ? line.label.act : null;
};

/** What each strength needs the labels (or the analysis read from them) to show. */
const PRAISE_SHOWN_BY: Record<WentWellKey, (input: DebriefInput, moment: FoundMoment<string>) => boolean> = {
  implicationQuestion: (input, moment) => isSureQuestionOf(input, moment.lines?.[0], 'implication'),
  needPayoffQuestion: (input, moment) => isSureQuestionOf(input, moment.lines?.[0], 'need_payoff') && moment.quoted?.role === 'buyer',
  upfrontContract: ({ analysis }) => analysis.upfrontContract,
  checklistRootCause: ({ analysis }) => analysis.checklist.root_cause,
  objectionClarified: (input, moment) => !!moment.lines?.[0] && isPushback(input, moment.lines[0].id) && moment.lines[1]?.role === 'rep',
  nextStep: ({ analysis }) => analysis.nextStep,
  balancedTalk: ({ analysis, settings }) => analysis.repTalkSec > 0 && analysis.buyerTalkSec > 0 && analysis.repTalkShare <= settings.thresholds.talkShare.max,
  patientPitch: ({ plan }, moment) => labeledAct(moment, 0) === 'pitch' && moment.atSec >= plan.earlyPitchBeforeSec,
};

export const GROUNDING_RULES: readonly GroundingRule[] = [
  {
    name: 'judged for this call type: only strengths and gaps the call type lists',
    check(input, moment, side) {
      const byType = input.methodology.debriefWording.byCallType[callTypeOf(input)];
      const order: readonly string[] = side === 'strength' ? byType.wentWellOrder : byType.opportunityOrder;
      return order.includes(moment.key) ? null : `${moment.key} is not judged in a ${callTypeOf(input)} call`;
    },
  },
  {
    name: 'a quote is attributed to the speaker of the quoted line',
    check(input, moment, side) {
      const quote = moment.values.quote;
      if (typeof quote !== 'string' || quote === '') return null;
      if (!moment.quoted || moment.quoted.text !== quote) return 'the quote is not a line of the call';
      const speaker = entryOf(input, moment, side).quoteSpeaker;
      return speaker === 'any' || moment.quoted.role === speaker ? null : `quotes a ${moment.quoted.role} line where the wording says ${speaker}`;
    },
  },
  {
    name: 'praise only for an event the labels show',
    check(input, moment, side) {
      if (side !== 'strength') return null;
      return PRAISE_SHOWN_BY[moment.key as WentWellKey](input, moment) ? null : `the labels do not show ${moment.key}`;
    },
  },
  {
    name: 'a concern the buyer raised is pushback, not an answer to the rep’s question',
    check(input, moment) {
      if (moment.key !== 'objectionClarified' && moment.key !== 'objectionUnclarified') return null;
      const concern = moment.lines?.[0];
      return concern && isPushback(input, concern.id) ? null : 'the concern was an answer, not pushback';
    },
  },
  {
    name: 'advice never asks for what the call already had',
    check(input, moment, side) {
      const asks = moment.asksFor;
      if (side !== 'opportunity' || !asks) return null;
      if ('act' in asks) return actBefore(input.utterances, asks.act, moment.atSec, true) ? `the call already had a ${asks.act} question` : null;
      if ('checklist' in asks) {
        if (coveredBefore(input, moment.atSec).includes(asks.checklist)) return `${asks.checklist} was already covered`;
        return askedAboutBefore(input, asks.checklist, moment.atSec) ? `the rep already asked about ${asks.checklist}` : null;
      }
      if ('recap' in asks) return recapBefore(input, moment.atSec) ? 'the rep recapped the buyer’s pains before the demo' : null;
      if ('upfrontContract' in asks) return input.analysis.upfrontContract || openingHadContractPart(input) ? 'the opening had (part of) an upfront contract' : null;
      return input.analysis.nextStep || lateCallNamedAWhen(input) ? 'the end of the call named a next step or a date' : null;
    },
  },
  {
    name: 'figures stated at a moment use the state at that moment',
    check(input, moment) {
      const stated = moment.values.coveredAtMoment;
      if (stated === undefined) return null;
      const actual = coveredBefore(input, moment.atSec).length;
      return stated === actual ? null : `states ${stated} items covered at ${moment.atSec}s; the call had ${actual}`;
    },
  },
];

/** Why the moment may not be shown (every failing rule), or an empty list when it is grounded. */
export function groundingProblems(input: DebriefInput, moment: FoundMoment<string>, side: MomentSide, rules = GROUNDING_RULES): string[] {
  return rules.flatMap((rule) => {
    const problem = rule.check(input, moment, side);
    return problem ? [`${rule.name}: ${problem}`] : [];
  });
}
