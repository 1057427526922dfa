// Why: a debrief sentence about a moment ("by then you had covered 2 of the six items", "before presenting,
// ask why it happens") must use the state of the call at that moment, not the end-of-call figures, and must
// never ask for something the rep had already done. These are the pure reads of "what had happened by t".
import type { ChecklistItem, LabeledUtterance, RepAct } from '../types';
import type { DebriefInput } from './debrief-moments';
import { isRepQuestion } from './questions';
import { componentsIn } from './cue-set';
import { cuePattern } from './methodology';

/** Checklist items uncovered strictly before `atSec`, from the evidence times. */
export function coveredBefore(input: Pick<DebriefInput, 'analysis'>, atSec: number): ChecklistItem[] {
  return (Object.entries(input.analysis.checklistEvidence) as Array<[ChecklistItem, { atSec: number } | undefined]>)
    .filter(([, evidence]) => evidence !== undefined && evidence.atSec < atSec)
    .map(([item]) => item);
}

/** A rep line before `atSec` that asks about the checklist item (whether or not the answer uncovered it). */
export function askedAboutBefore(input: Pick<DebriefInput, 'utterances' | 'methodology'>, item: ChecklistItem, atSec: number): LabeledUtterance | null {
  const patterns = input.methodology.cues.checklist[item].rep;
  return (
    input.utterances.find(
      (line) => line.role === 'rep' && line.startSec < atSec && isRepQuestion(line, input.methodology.cues) && patterns.some((pattern) => pattern.test(line.text)),
    ) ?? null
  );
}

/** Open items at `atSec` that the rep had not even asked about yet, most important first: what to coach. */
export function gapsToCoachAt(input: Pick<DebriefInput, 'analysis' | 'utterances' | 'methodology'>, atSec: number): ChecklistItem[] {
  const covered = new Set(coveredBefore(input, atSec));
  return input.methodology.playbook.checklistPriority.filter((item) => !covered.has(item) && !askedAboutBefore(input, item, atSec));
}

/** The rep's first line labeled `act` before `atSec` (inclusive when `inclusive`). */
export function actBefore(utterances: readonly LabeledUtterance[], act: RepAct, atSec: number, inclusive = false): LabeledUtterance | null {
  return (
    utterances.find((line) => line.label.role === 'rep' && line.label.act === act && (inclusive ? line.startSec <= atSec : line.startSec < atSec)) ?? null
  );
}

const pushbackPatterns = new WeakMap<object, RegExp[]>();

/** The buyer's words push back on buying (seeds/methodology/debrief.json `grounding.pushbackCues`). */
export function soundsLikePushback(input: Pick<DebriefInput, 'methodology'>, text: string): boolean {
  const grounding = input.methodology.debriefWording.grounding;
  let patterns = pushbackPatterns.get(grounding);
  if (!patterns) {
    patterns = grounding.pushbackCues.map((source) => cuePattern(source));
    pushbackPatterns.set(grounding, patterns);
  }
  return patterns.some((pattern) => pattern.test(text));
}

const recapPatterns = new WeakMap<object, RegExp[]>();

/** A rep line at or before `atSec` that ties what follows to what the buyer said before (`grounding.recapCues`). */
export function recapBefore(input: Pick<DebriefInput, 'utterances' | 'methodology'>, atSec: number): LabeledUtterance | null {
  const grounding = input.methodology.debriefWording.grounding;
  let patterns = recapPatterns.get(grounding);
  if (!patterns) {
    patterns = grounding.recapCues.map((source) => cuePattern(source));
    recapPatterns.set(grounding, patterns);
  }
  return input.utterances.find((line) => line.role === 'rep' && line.startSec <= atSec && patterns.some((pattern) => pattern.test(line.text))) ?? null;
}

const shapePatterns = new WeakMap<object, Record<'implication' | 'need_payoff', RegExp[]>>();

/**
 * A rep line praise can rest on: labeled `act` with the confidence praise needs, asked as a question (a question
 * mark or a question opening, not just a SPIN label), and, for implication and need-payoff, in the words that
 * kind of question carries (`grounding.questionShapes`).
 */
export function isSureQuestionOf(input: Pick<DebriefInput, 'methodology'>, line: LabeledUtterance | undefined, act: RepAct): boolean {
  if (!line || line.label.role !== 'rep' || line.label.act !== act) return false;
  const { grounding } = input.methodology.debriefWording;
  if (line.label.confidence < grounding.praiseMinConfidence) return false;
  const asked = line.text.includes('?') || input.methodology.cues.questionStart.test(line.text.trim());
  if (!asked) return false;
  if (act !== 'implication' && act !== 'need_payoff') return true;
  let shapes = shapePatterns.get(grounding);
  if (!shapes) {
    const compile = (sources: string[]) => sources.map((source) => cuePattern(source));
    shapes = { implication: compile(grounding.questionShapes.implication), need_payoff: compile(grounding.questionShapes.need_payoff) };
    shapePatterns.set(grounding, shapes);
  }
  return shapes[act].some((pattern) => pattern.test(line.text));
}

/** Rows of one spoken turn are at most this far apart. */
const SAME_TURN_GAP_SEC = 3;

/**
 * A buyer line labeled as an objection whose words push back on buying, and not an answer to the rep's
 * question: a buyer describing a deadline, a pain or a budget process when asked is not raising a concern.
 */
export function isPushback(input: Pick<DebriefInput, 'utterances' | 'methodology'>, utteranceId: string): boolean {
  const index = input.utterances.findIndex((line) => line.id === utteranceId);
  const line = input.utterances[index];
  if (!line || line.role !== 'buyer' || line.label.role !== 'buyer' || line.label.objection === 'none') return false;
  if (!soundsLikePushback(input, line.text)) return false;
  // Walk back through the buyer's own turn (caption rows of one turn follow each other closely) to the rep.
  let turnStartSec = line.startSec;
  for (let before = index - 1; before >= 0; before--) {
    const previous = input.utterances[before];
    if (turnStartSec - previous.endSec > SAME_TURN_GAP_SEC) return true;
    if (previous.role === 'rep') return !isRepQuestion(previous, input.methodology.cues);
    turnStartSec = previous.startSec;
  }
  return true;
}

/**
 * Any part of an upfront contract (agenda, time, outcome, agreement) in the rep's opening: a call with a partial
 * contract is not told "the opening set no agenda, time, or agreement".
 */
export function openingHadContractPart(input: Pick<DebriefInput, 'utterances' | 'methodology' | 'plan'>): boolean {
  const set = input.methodology.cues.upfrontContract;
  return input.utterances.some((line) => line.role === 'rep' && line.startSec <= input.plan.upfrontContractBySec && componentsIn(set, line.text).length > 0);
}

/** A date or time named late in the call, even without the rest of a booking: not "there was no next step". */
export function lateCallNamedAWhen(input: Pick<DebriefInput, 'utterances' | 'methodology' | 'plan'>): boolean {
  const set = input.methodology.cues.nextStep;
  return input.utterances.some((line) => line.startSec >= input.plan.nextStepSearchFromSec && componentsIn(set, line.text).includes('when'));
}
