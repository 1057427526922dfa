// What the conversation around a line says about it, as features the text heads learn alongside the words. A
// buyer line that answers the rep's problem or implication question before anything was proposed is almost
// never pushback, whatever money, time or vendor words it carries; pushback comes after a proposal, a price or
// a request for the next step. A rep line in the opening that lays out the plan is not a pitch. Single corpus
// lines carry no context features; lines of the dev calls carry them, so the heads learn both.
import { METHODOLOGY } from '../engine/methodology';
import type { ObjectionCategory, RepAct, Role } from '../types';
import { addWeightedGroup, type FeatureVector } from './features';
import { normalizeTokens } from './normalize';

/** A line already heard in this call, with the label it was given. */
export interface ContextLine {
  role: Role;
  speaker: string;
  text: string;
  startSec: number;
  act?: RepAct;
  objection?: ObjectionCategory;
}

export interface LineContext {
  speaker: string;
  startSec: number;
  /** How many lines the call had before this one. */
  lineIndex: number;
  /** The lines just before this one, oldest first (the reader looks at the last few only). */
  previous: readonly ContextLine[];
  /** Whether the rep has pitched before this line. */
  pitchedBefore: boolean;
}

/** How many earlier lines the reader looks back over for the rep's latest line. */
export const CONTEXT_LOOKBACK_LINES = 4;

/**
 * Whether a line asks something: it ends with a question mark, or it opens the way a question does (`cues.json`
 * `questionStarts`, the one list of question openers, which also tells the debrief which rep lines asked).
 */
const asksQuestion = (text: string) => /\?\s*$/.test(text) || METHODOLOGY.cues.questionStart.test(text);
/**
 * How long into the call a rep's invitation to add to the agenda ("anything you'd want to add?", `cues.json`
 * `agendaInvite`) marks the buyer's answer as an agenda answer: such an answer names topics ("maybe how long a
 * rollout takes, since we're heading into a busy season"), and 48 of the 51 in the dev calls are no objection.
 */
const AGENDA_INVITE_WITHIN_SEC = 240;

const SPIN_QUESTIONS = new Set<RepAct>(['situation', 'problem', 'implication', 'need_payoff']);

function latestRepLine(context: LineContext): ContextLine | undefined {
  for (let index = context.previous.length - 1; index >= 0; index--) if (context.previous[index].role === 'rep') return context.previous[index];
  return undefined;
}

function timeBucket(startSec: number): number {
  return [120, 300, 600, 1200].filter((edge) => startSec >= edge).length;
}

/**
 * The words of the rep's latest line, as a feature group of their own (`ctx:rw:`): what the rep just said decides how
 * a buyer's money, time or vendor words read. "What are you paying for software today" invites a cost figure that is
 * an answer; "so for fourteen planes that's around six eighty a month" invites pushback. The rep's act says some of
 * this, but live it is the reader's guess, while the words are the same in training and on the call. Only the end of
 * a long rep line counts (the question or the price is at the end), scaled to a group weight like the buyer's own
 * cue groups (features.ts). Chosen by cross-validation by call on the 316 dev calls (`npx tsx scripts/cv-calls.ts`,
 * freshly trained folds, objection bar 0.7): objection precision 0.85 (1979/2328) → 0.86 (1966/2280) at recall 0.81
 * (1333 → 1332 of 1654), objection cards right 1186/1398 → 1186/1379. The rep's word pairs as well read the same
 * (0.86 / 0.81, 1978/2298 and 1336/1654), so single words; a group weight of 0.25 reads the same as well (1984/2306,
 * 1338/1654), and 1 worse (1925/2290, 1306/1654).
 */
export const REP_WORDS_WEIGHT = 0.5;
/** How many of the rep line's last words the buyer's reading looks at. */
export const REP_WORDS_LAST = 30;

function toFeatures(shape: Record<string, boolean>): FeatureVector {
  const features: FeatureVector = new Map();
  for (const [name, on] of Object.entries(shape)) if (on) features.set(`ctx:${name}`, 1);
  return features;
}

/** Context features of a buyer line. */
export function buyerContextFeatures(context: LineContext): FeatureVector {
  const rep = latestRepLine(context);
  const repText = rep?.text.trim();
  const repAct = rep?.act ?? 'none';
  const answersDiscovery = rep !== undefined && SPIN_QUESTIONS.has(repAct as RepAct);
  const previous = context.previous.at(-1);
  const previousBuyer = [...context.previous].reverse().find((line) => line.role === 'buyer');
  const features = toFeatures({
    [`after:${repAct}`]: true,
    repAsked: repText !== undefined && asksQuestion(repText),
    pitched: context.pitchedBefore,
    answersDiscoveryBeforePitch: answersDiscovery && !context.pitchedBefore,
    answersDiscoveryAfterPitch: answersDiscovery && context.pitchedBefore,
    afterPitch: repAct === 'pitch',
    continuing: previous !== undefined && previous.speaker === context.speaker,
    [`afterObjection:${previousBuyer?.objection ?? 'none'}`]: true,
    [`at:${timeBucket(context.startSec)}`]: true,
    answersAgendaInvite:
      repText !== undefined && context.startSec < AGENDA_INVITE_WITHIN_SEC && METHODOLOGY.cues.agendaInvite.some((cue) => cue.test(repText)),
  });
  if (repText !== undefined) addWeightedGroup(new Set(normalizeTokens(repText).slice(-REP_WORDS_LAST).map((token) => `ctx:rw:${token}`)), REP_WORDS_WEIGHT, features);
  return features;
}

/** Context features of a rep line. */
export function repContextFeatures(context: LineContext): FeatureVector {
  const previous = context.previous.at(-1);
  return toFeatures({
    opening: context.startSec < 120,
    firstLines: context.lineIndex < 8,
    buyerAsked: previous?.role === 'buyer' && asksQuestion(previous.text.trim()),
    pitched: context.pitchedBefore,
    continuing: previous !== undefined && previous.speaker === context.speaker,
    afterPitch: previous?.act === 'pitch',
    [`at:${timeBucket(context.startSec)}`]: true,
  });
}

/** Word features that a line of a call carries under their own in-call name (character n-grams and cues are shared). */
const IN_CALL_COPIED = /^[wb]:/;

/**
 * Whether a line of a call keeps its single-line word features beside their in-call copies. A rep line does: an
 * implication question reads the same in a call as alone, and the single-line corpus knows far more of them than
 * the dev calls do. A buyer line does not: "it costs us a fortune" in an answer must not borrow the single-line
 * budget weights. Chosen by cross-validation by call on the dev calls (`npx tsx scripts/cv-calls.ts`): keeping
 * them raised rep acts read in the call from 0.719 to 0.747 macro-F1 and lowered objections from 0.628 to 0.620.
 */
export const KEEPS_SHARED_WORDS_IN_CALL: Readonly<Record<Role, boolean>> = { rep: true, buyer: false };

/**
 * A line of a call: its word features under in-call names (and, for a rep line, under their shared names too),
 * its shared character and cue features, and the context's features. The in-call word weights learn how words read
 * inside a conversation (a cost figure in an answer is not a budget objection).
 */
export function withContext(textFeatures: FeatureVector, contextFeatures: FeatureVector, role: Role): FeatureVector {
  for (const [name, value] of [...textFeatures]) {
    if (!IN_CALL_COPIED.test(name)) continue;
    if (!KEEPS_SHARED_WORDS_IN_CALL[role]) textFeatures.delete(name);
    textFeatures.set(`call:${name}`, value);
  }
  for (const [name, value] of contextFeatures) textFeatures.set(name, value);
  return textFeatures;
}
