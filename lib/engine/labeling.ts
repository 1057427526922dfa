// Labels an utterance with the fast classifier: rep lines get a discovery act, buyer lines an objection
// category, each read in the conversation around it when the classifier can (its context heads). The engine only
// needs these calls, so tests can pass a small double that reads text alone.
import type { Classifier, ObjectionPrediction } from '../classifier';
import type { LineContext } from '../classifier/context-features';
import { OBJECTION_CATEGORIES, type ObjectionCategory, type Role, type UtteranceLabel } from '../types';

export type LineClassifier = Pick<Classifier, 'classifyRep' | 'classifyBuyer'> &
  Partial<Pick<Classifier, 'classifyRepInContext' | 'classifyBuyerInContext' | 'classifyCallType' | 'replyPushback'>>;

/** The bars of the turn reading (thresholds.objection): a row's own objection bar, and the bar its turn must clear. */
export interface TurnReadingBars {
  minConfidence: number;
  turnMinConfidence: number;
}

/**
 * Whether a buyer line counts as an objection, the one rule for the call's list, the card, the debrief and memory:
 * an objection category read with the confidence an objection needs, or one the rep acknowledged as pushback.
 */
export function countsAsObjection(label: UtteranceLabel, minConfidence: number): boolean {
  return label.role === 'buyer' && label.objection !== 'none' && (label.confidence >= minConfidence || label.acknowledgedBy !== undefined);
}

/**
 * The objection category the reader finds most likely in a buyer row, with its probability, even when `none` is
 * likelier still: what the row would be if it is pushback at all. Null when the reader gives no category any weight.
 */
export function likeliestObjection(
  classifier: LineClassifier,
  text: string,
  context: LineContext,
): { objection: Exclude<ObjectionCategory, 'none'>; confidence: number } | null {
  const reading = classifier.classifyBuyerInContext ? classifier.classifyBuyerInContext(text, context) : classifier.classifyBuyer(text);
  let best: { objection: Exclude<ObjectionCategory, 'none'>; confidence: number } | null = null;
  for (const objection of OBJECTION_CATEGORIES) {
    if (objection === 'none') continue;
    const confidence = reading.scores[objection] ?? (reading.objection === objection ? reading.confidence : 0);
    if (confidence > 0 && (!best || confidence > best.confidence)) best = { objection, confidence };
  }
  return best;
}

export function labelLine(
  classifier: LineClassifier,
  role: Role,
  text: string,
  context?: LineContext,
  turnBars?: TurnReadingBars,
): UtteranceLabel {
  if (role === 'rep') {
    const { act, confidence } =
      context && classifier.classifyRepInContext ? classifier.classifyRepInContext(text, context) : classifier.classifyRep(text);
    return { role, act, confidence, tier: 'fast' };
  }
  const { objection, confidence } =
    context && classifier.classifyBuyerInContext ? readBuyerRow(classifier.classifyBuyerInContext, text, context, turnBars) : classifier.classifyBuyer(text);
  return { role, objection, confidence, tier: 'fast' };
}

/**
 * How much of the earlier row the turn reading keeps: its last words. The reader looks at a line's first 80 words
 * (lib/classifier/features.ts), so a long earlier row joined whole would push the row being read out of its own
 * reading. Dev cross-validation did not move with 40 or 25 words instead of the whole row.
 */
const TURN_EARLIER_MAX_WORDS = 40;

const lastWords = (text: string, count: number) => text.trim().split(/\s+/).slice(-count).join(' ');

/**
 * A buyer row read in the call, and, when it goes on from the same speaker's row just before it, read with that row
 * too. Captions split a turn over rows, and an objection split in two ("but the overall number i'd still" … "need
 * to get under eighteen") reads as one only whole. The turn's reading stands when the row alone is no objection at
 * the objection bar and the turn is one at the higher turn bar. Dev cross-validation by call at 248 calls (npm run
 * eval -- --dev-cv): objection recall 0.72 → 0.74 (837 → 852 of 1,158 moments) at precision 0.86; a turn bar of 0.7
 * cost precision (0.85), and a turn of three rows caught fewer moments.
 */
function readBuyerRow(
  read: NonNullable<LineClassifier['classifyBuyerInContext']>,
  text: string,
  context: LineContext,
  bars: TurnReadingBars | undefined,
): ObjectionPrediction {
  const row = read(text, context);
  if (!bars || (row.objection !== 'none' && row.confidence >= bars.minConfidence)) return row;
  const earlier = context.previous.at(-1);
  if (!earlier || earlier.role !== 'buyer' || earlier.speaker !== context.speaker) return row;
  const turn = read(`${lastWords(earlier.text, TURN_EARLIER_MAX_WORDS)} ${text}`, { ...context, previous: context.previous.slice(0, -1) });
  return turn.objection !== 'none' && turn.confidence >= bars.turnMinConfidence ? turn : row;
}
