// Finds the moments a debrief rests on: what went well and what to coach, each tied to the lines that show it.
// Only the facts live here (which line, which figures); the words come from seeds/methodology/debrief.json.
import type { CallAnalysis, ObjectionMoment } from './analysis-types';
import type { CallMeta, ChecklistItem, Evidence, LabeledUtterance, RepAct } from '../types';
import type { CallPlan } from './call-plan';
import type { Methodology } from './methodology';
import type { OpportunityKey, WentWellKey } from './methodology/schema';
import { evidenceOf } from './analyzers/analyzer';
import { isRepQuestion } from './questions';
import type { CoachSettings } from './settings';
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

/** A moment found in the call: where it is, the values its wording needs, and the lines that show it. */
export interface FoundMoment<Key extends string> {
  key: Key;
  atSec: number;
  values: TemplateValues;
  evidence: Evidence[];
  /** Fills the `{gap}` / `{category}` in the playbook path of an opportunity's words to try. */
  pathValues?: { gap?: ChecklistItem; category?: ObjectionMoment['category'] };
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

/** The question and, when the buyer answered right after it, the answer. */
function questionEvidence(utterances: readonly LabeledUtterance[], question: LabeledUtterance): Evidence[] {
  const next = utterances[utterances.indexOf(question) + 1];
  return next?.role === 'buyer' ? [evidenceOf(question), evidenceOf(next)] : [evidenceOf(question)];
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

function objectionWithResponse(input: DebriefInput, clarified: boolean) {
  for (const objection of input.analysis.objections) {
    const response = responseTo(input.utterances, objection);
    if (response && clarifies(input, response) === clarified) return { objection, response };
  }
  return null;
}

const objectionEvidence = (objection: ObjectionMoment): Evidence => ({
  utteranceId: objection.utteranceId,
  atSec: objection.atSec,
  speaker: objection.speaker,
  text: objection.text,
});

function lineMoment<Key extends string>(key: Key, line: LabeledUtterance | null, evidence?: Evidence[]): FoundMoment<Key> | null {
  if (!line) return null;
  return { key, atSec: line.startSec, values: { quote: line.text }, evidence: evidence ?? [evidenceOf(line)] };
}

const STRENGTH_FINDERS: Record<WentWellKey, Finder<WentWellKey>> = {
  implicationQuestion: ({ utterances }) => {
    const question = firstOfAct(utterances, 'implication');
    return question && lineMoment('implicationQuestion', question, questionEvidence(utterances, question));
  },
  upfrontContract: ({ analysis, moments }) =>
    analysis.upfrontContract
      ? lineMoment('upfrontContract', moments.contractLines[0] ?? null, moments.contractLines.map(evidenceOf))
      : null,
  checklistRootCause: ({ analysis }) => {
    const evidence = analysis.checklistEvidence.root_cause;
    return evidence ? { key: 'checklistRootCause', atSec: evidence.atSec, values: { quote: evidence.text ?? '' }, evidence: [evidence] } : null;
  },
  needPayoffQuestion: ({ utterances }) => {
    const question = firstOfAct(utterances, 'need_payoff');
    return question && lineMoment('needPayoffQuestion', question, questionEvidence(utterances, question));
  },
  objectionClarified: (input) => {
    const found = objectionWithResponse(input, true);
    if (!found) return null;
    return {
      key: 'objectionClarified',
      atSec: found.response.startSec,
      values: { quote: found.response.text, category: found.objection.category },
      evidence: [objectionEvidence(found.objection), evidenceOf(found.response)],
    };
  },
  nextStep: ({ analysis, moments }) => (analysis.nextStep ? lineMoment('nextStep', moments.nextStepLine) : null),
  balancedTalk: ({ analysis, utterances, settings }) => {
    const talked = analysis.repTalkSec > 0 && analysis.buyerTalkSec > 0;
    const buyerLongest = longestOfRole(utterances, 'buyer');
    if (!talked || analysis.repTalkShare > settings.thresholds.talkShare.max || !buyerLongest) return null;
    return { key: 'balancedTalk', atSec: buyerLongest.startSec, values: {}, evidence: [evidenceOf(buyerLongest)] };
  },
  patientPitch: ({ moments, plan }) => {
    const pitch = moments.firstPitchLine;
    if (!pitch || pitch.startSec < plan.earlyPitchBeforeSec) return null;
    return { key: 'patientPitch', atSec: pitch.startSec, values: { quote: pitch.text }, evidence: [evidenceOf(pitch)] };
  },
};

/** The line where discovery stopped: the first pitch, else the last line before the pitch phase. */
function endOfDiscovery({ utterances, moments, plan }: DebriefInput) {
  if (moments.firstPitchLine) return moments.firstPitchLine;
  let last: LabeledUtterance | null = null;
  for (const utterance of utterances) if (utterance.startSec < plan.pitchStartSec || !last) last = utterance;
  return last;
}

/** What the buyer said about the problem: the matched checklist line, else the answer to a problem question. */
function problemMoment({ analysis, utterances }: DebriefInput): Evidence | null {
  if (analysis.checklistEvidence.problem) return analysis.checklistEvidence.problem;
  const question = firstOfAct(utterances, 'problem');
  if (!question) return null;
  const evidence = questionEvidence(utterances, question);
  return evidence[evidence.length - 1];
}

const lastRepLine = (utterances: readonly LabeledUtterance[]) =>
  utterances.findLast((utterance) => utterance.role === 'rep') ?? utterances[utterances.length - 1] ?? null;

const OPPORTUNITY_FINDERS: Record<OpportunityKey, Finder<OpportunityKey>> = {
  earlyPitch: (input) => {
    const pitch = input.moments.firstPitchLine;
    if (!pitch || pitch.startSec >= input.plan.earlyPitchBeforeSec) return null;
    const found = lineMoment('earlyPitch', pitch) as FoundMoment<OpportunityKey>;
    return { ...found, pathValues: { gap: input.moments.gaps[0] } };
  },
  noImplication: (input) => {
    const problem = problemMoment(input);
    if (input.analysis.questionCounts.implication > 0 || !problem) return null;
    return { key: 'noImplication', atSec: problem.atSec, values: { quote: problem.text ?? '' }, evidence: [problem] };
  },
  checklistGap: (input) => {
    const line = endOfDiscovery(input);
    if (input.moments.gaps.length === 0 || !line) return null;
    return { key: 'checklistGap', atSec: line.startSec, values: { quote: line.text }, evidence: [evidenceOf(line)], pathValues: { gap: input.moments.gaps[0] } };
  },
  talkShare: ({ analysis, utterances, settings }) => {
    const longest = longestOfRole(utterances, 'rep');
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
      values: { quote: found.objection.text, category: found.objection.category },
      evidence: [objectionEvidence(found.objection), evidenceOf(found.response)],
      pathValues: { category: found.objection.category },
    };
  },
  noNextStep: ({ analysis, utterances }) => (analysis.nextStep ? null : lineMoment('noNextStep', lastRepLine(utterances))),
  noUpfrontContract: ({ analysis, utterances }) =>
    analysis.upfrontContract ? null : lineMoment('noUpfrontContract', utterances.find((utterance) => utterance.role === 'rep') ?? null),
  oneMoreQuestion: ({ utterances }) => {
    const deepest = (['implication', 'need_payoff', 'problem', 'situation'] as const)
      .map((act) => firstOfAct(utterances, act))
      .find((line) => line !== null);
    return deepest ? lineMoment('oneMoreQuestion', deepest, questionEvidence(utterances, deepest)) : null;
  },
};

function findInOrder<Key extends string>(input: DebriefInput, order: readonly Key[], finders: Record<Key, Finder<Key>>, limit: number) {
  const found: FoundMoment<Key>[] = [];
  for (const key of order) {
    if (found.length >= limit) break;
    const moment = finders[key](input);
    if (moment && moment.evidence.length > 0) found.push(moment);
  }
  return found;
}

export function findStrengths(input: DebriefInput): FoundMoment<WentWellKey>[] {
  const wording = input.methodology.debriefWording;
  return findInOrder(input, wording.wentWellOrder, STRENGTH_FINDERS, wording.maxWentWell);
}

/** The highest-leverage coaching moments, in the seed's order: coach one thing at a time. */
export function findOpportunities(input: DebriefInput): FoundMoment<OpportunityKey>[] {
  const wording = input.methodology.debriefWording;
  return findInOrder(input, wording.opportunityOrder, OPPORTUNITY_FINDERS, wording.maxOpportunities);
}
