// Finds the moments a debrief rests on: what went well and what to coach, each tied to the labeled lines that
// show it, in the order the call type sets; each is checked (lib/engine/debrief-grounding.ts) before it is kept.
// Only the facts live here (which line, which figures); the words come from seeds/methodology/debrief.json.
import type { CallAnalysis, ObjectionMoment } from './analysis-types';
import type { CallMeta, ChecklistItem, Evidence, LabeledUtterance, RepAct } from '../types';
import type { CallPlan } from './call-plan';
import type { Methodology } from './methodology';
import type { OpportunityKey, WentWellKey } from './methodology/schema';
import { evidenceOf } from './analyzers/analyzer';
import { componentsOfLine } from './cue-set';
import { bookingWindow } from './next-step-window';
import { isRepQuestion } from './questions';
import type { CoachSettings } from './settings';
import { callTypeOf, groundingProblems, type MomentSide } from './debrief-grounding';
import { coveredBefore, gapsToCoachAt, isPushback, isSureQuestionOf, recapBefore } from './debrief-state';
import type { TemplateValues } from './template';

export interface DebriefInput {
  analysis: CallAnalysis;
  utterances: readonly LabeledUtterance[];
  meta: CallMeta;
  settings: CoachSettings;
  methodology: Methodology;
  plan: CallPlan;
  moments: {
    firstPitchLine: LabeledUtterance | null;
    contractLines: LabeledUtterance[];
    nextStepLine: LabeledUtterance | null;
    /** Open checklist items, most important first. */
    gaps: ChecklistItem[];
  };
}

/** What a coaching opportunity asks the rep to do: checked against what the call already had. */
export type AskedFor = { act: RepAct } | { checklist: ChecklistItem } | { upfrontContract: true } | { nextStep: true } | { recap: true };

/** A moment found in the call: where it is, the values its wording needs, and the lines that show it. */
export interface FoundMoment<Key extends string> {
  key: Key;
  atSec: number;
  values: TemplateValues;
  evidence: Evidence[];
  /** Fills the `{gap}` / `{category}` in the playbook path of an opportunity's words to try. */
  pathValues?: { gap?: ChecklistItem; category?: ObjectionMoment['category'] };
  /** The line `values.quote` quotes: its speaker is checked against the wording's `quoteSpeaker`. */
  quoted?: LabeledUtterance;
  /** The labeled lines the moment rests on, main line first (the grounding rules read their labels). */
  lines?: LabeledUtterance[];
  asksFor?: AskedFor;
}

type Finder<Key extends string> = (input: DebriefInput) => FoundMoment<Key> | null;

const isAct = (utterance: LabeledUtterance, act: RepAct) => utterance.label.role === 'rep' && utterance.label.act === act;

function firstOfAct(utterances: readonly LabeledUtterance[], act: RepAct) {
  return utterances.find((utterance) => isAct(utterance, act)) ?? null;
}

function longestOfRole(utterances: readonly LabeledUtterance[], role: LabeledUtterance['role']) {
  let longest: LabeledUtterance | null = null;
  for (const utterance of utterances) {
    if (utterance.role !== role) continue;
    if (!longest || utterance.endSec - utterance.startSec > longest.endSec - longest.startSec) longest = utterance;
  }
  return longest;
}

/** The buyer's answer right after a rep line, if the buyer spoke next. */
function answerTo(utterances: readonly LabeledUtterance[], question: LabeledUtterance): LabeledUtterance | null {
  const next = utterances[utterances.indexOf(question) + 1];
  return next?.role === 'buyer' ? next : null;
}

/** The question and, when the buyer answered right after it, the answer. */
function questionEvidence(utterances: readonly LabeledUtterance[], question: LabeledUtterance): Evidence[] {
  const answer = answerTo(utterances, question);
  return answer ? [evidenceOf(question), evidenceOf(answer)] : [evidenceOf(question)];
}

/** The rep's first line after the buyer's objection: a question means the rep clarified before answering. */
function responseTo(utterances: readonly LabeledUtterance[], objection: ObjectionMoment) {
  const start = utterances.findIndex((utterance) => utterance.id === objection.utteranceId);
  if (start < 0) return null;
  for (let index = start + 1; index < utterances.length; index++) {
    if (utterances[index].role === 'rep') return utterances[index];
  }
  return null;
}

/** A question back to the buyer; a pitch phrased as a question ("Want to see the dashboard?") is not one. */
const clarifies = (input: DebriefInput, response: LabeledUtterance) =>
  isRepQuestion(response, input.methodology.cues) && !isAct(response, 'pitch');

/** The first objection that was real pushback (not an answer to the rep's question) and how the rep responded. */
function objectionWithResponse(input: DebriefInput, clarified: boolean) {
  for (const objection of input.analysis.objections) {
    if (!isPushback(input, objection.utteranceId)) continue;
    const line = input.utterances.find((utterance) => utterance.id === objection.utteranceId);
    const response = responseTo(input.utterances, objection);
    if (line && response && clarifies(input, response) === clarified) return { objection, line, response };
  }
  return null;
}

function lineMoment<Key extends string>(key: Key, line: LabeledUtterance | null, evidence?: Evidence[]): FoundMoment<Key> | null {
  if (!line) return null;
  return { key, atSec: line.startSec, values: { quote: line.text }, evidence: evidence ?? [evidenceOf(line)], quoted: line, lines: [line] };
}

const isBuyerQuestion = (line: LabeledUtterance) => line.role === 'buyer' && line.text.includes('?');

/**
 * The line that says the step the call agreed: the line that completed the booking, unless that is a buyer's
 * question ("What about uptime? If it's down at five in the morning…"), which agrees to nothing; then the booking's
 * latest line that names when and is no buyer question, and none (no praise) when the booking has no such line.
 */
function agreedStepLine({ moments, utterances, methodology }: DebriefInput): LabeledUtterance | null {
  const booked = moments.nextStepLine;
  if (!booked || !isBuyerQuestion(booked)) return booked;
  const set = methodology.cues.nextStep;
  const window = bookingWindow(set, utterances, utterances.findIndex((line) => line.id === booked.id));
  return window.filter((line) => !isBuyerQuestion(line) && componentsOfLine(set, line).includes('when')).at(-1) ?? null;
}

const byId = (input: DebriefInput, id: string | undefined) => (id ? (input.utterances.find((line) => line.id === id) ?? null) : null);

const STRENGTH_FINDERS: Record<WentWellKey, Finder<WentWellKey>> = {
  implicationQuestion: (input) => {
    const { utterances } = input;
    const question = utterances.find((line) => isSureQuestionOf(input, line, 'implication')) ?? null;
    return question && lineMoment('implicationQuestion', question, questionEvidence(utterances, question));
  },
  upfrontContract: ({ analysis, moments }) =>
    analysis.upfrontContract
      ? lineMoment('upfrontContract', moments.contractLines.find((line) => line.role === 'rep') ?? null, moments.contractLines.map(evidenceOf))
      : null,
  checklistRootCause: (input) => {
    const evidence = input.analysis.checklistEvidence.root_cause;
    const line = byId(input, evidence?.utteranceId);
    const buyerLine = line?.role === 'rep' ? answerTo(input.utterances, line) : line;
    return buyerLine ? lineMoment('checklistRootCause', buyerLine, line && line !== buyerLine ? [evidenceOf(line), evidenceOf(buyerLine)] : undefined) : null;
  },
  needPayoffQuestion: (input) => {
    const { utterances } = input;
    // The value in the buyer's own words is the buyer's answer, never the rep's question.
    for (const question of utterances.filter((line) => isSureQuestionOf(input, line, 'need_payoff'))) {
      const answer = answerTo(utterances, question);
      if (!answer) continue;
      return { key: 'needPayoffQuestion', atSec: question.startSec, values: { quote: answer.text }, evidence: questionEvidence(utterances, question), quoted: answer, lines: [question, answer] };
    }
    return null;
  },
  objectionClarified: (input) => {
    const found = objectionWithResponse(input, true);
    if (!found) return null;
    return {
      key: 'objectionClarified',
      atSec: found.response.startSec,
      values: { quote: found.response.text, category: found.objection.category },
      evidence: [evidenceOf(found.line), evidenceOf(found.response)],
      quoted: found.response,
      lines: [found.line, found.response],
    };
  },
  nextStep: (input) => (input.analysis.nextStep ? lineMoment('nextStep', agreedStepLine(input)) : null),
  balancedTalk: ({ analysis, utterances, settings }) => {
    const talked = analysis.repTalkSec > 0 && analysis.buyerTalkSec > 0;
    const buyerLongest = longestOfRole(utterances, 'buyer');
    if (!talked || analysis.repTalkShare > settings.thresholds.talkShare.max || !buyerLongest) return null;
    return { key: 'balancedTalk', atSec: buyerLongest.startSec, values: {}, evidence: [evidenceOf(buyerLongest)], lines: [buyerLongest] };
  },
  patientPitch: ({ moments, plan }) => {
    const pitch = moments.firstPitchLine;
    if (!pitch || pitch.startSec < plan.earlyPitchBeforeSec) return null;
    return lineMoment('patientPitch', pitch);
  },
};

/** The line where discovery stopped: the first pitch, else the last line before the pitch phase. */
function endOfDiscovery({ utterances, moments, plan }: DebriefInput) {
  if (moments.firstPitchLine) return moments.firstPitchLine;
  let last: LabeledUtterance | null = null;
  for (const utterance of utterances) if (utterance.startSec < plan.pitchStartSec || !last) last = utterance;
  return last;
}

/** What the buyer said about the problem: the matched checklist line (the buyer's answer when a rep question matched), else the answer to a problem question. */
function problemLine(input: DebriefInput): LabeledUtterance | null {
  const matched = byId(input, input.analysis.checklistEvidence.problem?.utteranceId);
  if (matched) return matched.role === 'buyer' ? matched : answerTo(input.utterances, matched);
  const question = firstOfAct(input.utterances, 'problem');
  return question ? answerTo(input.utterances, question) : null;
}

const lastRepLine = (utterances: readonly LabeledUtterance[]) =>
  utterances.findLast((utterance) => utterance.role === 'rep') ?? utterances[utterances.length - 1] ?? null;

/** Checklist figures at the moment: items covered by then, and the open ones the rep had not asked about. */
function checklistAt(input: DebriefInput, atSec: number) {
  const labels = input.methodology.playbook.checklistLabels;
  const gaps = gapsToCoachAt(input, atSec);
  return { gaps, values: { coveredAtMoment: coveredBefore(input, atSec).length, gaps: gaps.map((item) => labels[item]).join(', '), gapLabel: gaps[0] ? labels[gaps[0]] : '' } };
}

const OPPORTUNITY_FINDERS: Record<OpportunityKey, Finder<OpportunityKey>> = {
  earlyPitch: (input) => {
    const pitch = input.moments.firstPitchLine;
    if (!pitch || pitch.startSec >= input.plan.earlyPitchBeforeSec) return null;
    const found = lineMoment('earlyPitch', pitch) as FoundMoment<OpportunityKey>;
    const { gaps, values } = checklistAt(input, pitch.startSec);
    if (gaps.length === 0) return null;
    return { ...found, values: { ...found.values, ...values }, pathValues: { gap: gaps[0] }, asksFor: { checklist: gaps[0] } };
  },
  demoUntied: (input) => {
    const pitch = input.moments.firstPitchLine;
    if (!pitch || recapBefore(input, pitch.startSec)) return null;
    return { ...lineMoment('demoUntied', pitch)!, asksFor: { recap: true } };
  },
  noImplication: (input) => {
    const problem = problemLine(input);
    if (input.analysis.questionCounts.implication > 0 || !problem) return null;
    return { ...lineMoment('noImplication', problem)!, asksFor: { act: 'implication' } };
  },
  checklistGap: (input) => {
    const line = endOfDiscovery(input);
    if (!line) return null;
    const { gaps, values } = checklistAt(input, line.startSec);
    if (gaps.length === 0) return null;
    return { ...lineMoment('checklistGap', line)!, values: { ...values }, pathValues: { gap: gaps[0] }, asksFor: { checklist: gaps[0] } };
  },
  talkShare: ({ analysis, utterances, settings }) => {
    // The moment of a talk-share gap is where the longest monologue began, not merely the longest line (often the agenda).
    const monologue = utterances.find((utterance) => utterance.role === 'rep' && utterance.startSec === analysis.longestRepMonologueAtSec);
    const longest = monologue ?? longestOfRole(utterances, 'rep');
    if (analysis.repTalkShare <= settings.thresholds.talkShare.max || !longest) return null;
    return lineMoment('talkShare', longest);
  },
  monologue: ({ analysis, utterances, settings }) => {
    if (analysis.longestRepMonologueSec <= settings.thresholds.monologue.maxSec) return null;
    const first = utterances.find((utterance) => utterance.role === 'rep' && utterance.startSec === analysis.longestRepMonologueAtSec);
    return lineMoment('monologue', first ?? null);
  },
  objectionUnclarified: (input) => {
    const found = objectionWithResponse(input, false);
    if (!found) return null;
    return {
      key: 'objectionUnclarified',
      atSec: found.objection.atSec,
      values: { quote: found.line.text, category: found.objection.category },
      evidence: [evidenceOf(found.line), evidenceOf(found.response)],
      pathValues: { category: found.objection.category },
      quoted: found.line,
      lines: [found.line, found.response],
    };
  },
  noNextStep: ({ analysis, utterances }) => {
    const last = lastRepLine(utterances);
    return analysis.nextStep || !last ? null : { ...lineMoment('noNextStep', last)!, asksFor: { nextStep: true } };
  },
  noUpfrontContract: ({ analysis, utterances }) => {
    const first = utterances.find((utterance) => utterance.role === 'rep') ?? null;
    return analysis.upfrontContract || !first ? null : { ...lineMoment('noUpfrontContract', first)!, asksFor: { upfrontContract: true } };
  },
  oneMoreQuestion: ({ utterances }) => {
    const deepest = (['implication', 'need_payoff', 'problem', 'situation'] as const)
      .map((act) => firstOfAct(utterances, act))
      .find((line) => line !== null);
    if (!deepest) return null;
    return { ...lineMoment('oneMoreQuestion', deepest, questionEvidence(utterances, deepest))!, asksFor: { act: 'need_payoff' } };
  },
};

function findInOrder<Key extends string>(input: DebriefInput, side: MomentSide, order: readonly Key[], finders: Record<Key, Finder<Key>>, limit: number) {
  const found: FoundMoment<Key>[] = [];
  for (const key of order) {
    if (found.length >= limit) break;
    const moment = finders[key](input);
    if (moment && moment.evidence.length > 0 && groundingProblems(input, moment, side).length === 0) found.push(moment);
  }
  return found;
}

export function findStrengths(input: DebriefInput): FoundMoment<WentWellKey>[] {
  const wording = input.methodology.debriefWording;
  return findInOrder(input, 'strength', wording.byCallType[callTypeOf(input)].wentWellOrder, STRENGTH_FINDERS, wording.maxWentWell);
}

/** The highest-leverage grounded coaching moments, in the call type's order: coach one thing at a time. */
export function findOpportunities(input: DebriefInput): FoundMoment<OpportunityKey>[] {
  const wording = input.methodology.debriefWording;
  return findInOrder(input, 'opportunity', wording.byCallType[callTypeOf(input)].opportunityOrder, OPPORTUNITY_FINDERS, wording.maxOpportunities);
}
