// The always-on fast classifier: labels every rep line with a discovery act and every buyer line with an
// objection category, from a small linear model trained by scripts/train.ts. Pure: no fs, no DOM. This module
// does not carry the shipped weights (index.ts does), so the content script can build a classifier from weights
// the background hands it instead of bundling them twice.
import { CALL_TYPES, OBJECTION_CATEGORIES, REP_ACTS, type CallType, type ObjectionCategory, type RepAct } from '../types';
import { buyerContextFeatures, repContextFeatures, withContext, type LineContext } from './context-features';
import { extractBuyerFeatures, extractFeatures, type FeatureVector } from './features';
import { argmax, headFromWeights, predictProbabilities, type LinearHead } from './linear-head';
import { openingFeatures, type OpeningLine } from './opening-features';
import { REPLY_LABELS, replyFeatures } from './reply-features';
import { parseClassifierWeights, type ClassifierWeights } from './weights';

export { ClassifierWeightsError, parseClassifierWeights, type ClassifierWeights } from './weights';

export interface RepActPrediction {
  act: RepAct;
  confidence: number;
  scores: Record<RepAct, number>;
}

export interface ObjectionPrediction {
  objection: ObjectionCategory;
  confidence: number;
  scores: Record<ObjectionCategory, number>;
}

export interface CallTypePrediction {
  callType: CallType;
  confidence: number;
  scores: Record<CallType, number>;
}

export interface Classifier {
  classifyRep(text: string): RepActPrediction;
  classifyBuyer(text: string): ObjectionPrediction;
  /** The line read in its conversation: its words plus what came before it (lib/classifier/context-features.ts). */
  classifyRepInContext(text: string, context: LineContext): RepActPrediction;
  classifyBuyerInContext(text: string, context: LineContext): ObjectionPrediction;
  /** The kind of call its opening lines show; null when the weights carry no call-type head (files before it). */
  classifyCallType(opening: readonly OpeningLine[]): CallTypePrediction | null;
  /**
   * How likely the buyer turn just before this rep reply was pushback, from the reply's words ("that's fair", "I hear
   * you on the price"); null when the weights carry no reply head (files before it).
   */
  replyPushback(replyText: string): number | null;
}

/** Builds a classifier from a weights object; throws ClassifierWeightsError when the object is not valid. */
export function createClassifier(weights: ClassifierWeights): Classifier {
  const parsed = parseClassifierWeights(weights);
  const repHead = headFromWeights(parsed.rep);
  const buyerHead = headFromWeights(parsed.buyer);
  const callTypeHead = parsed.callType ? headFromWeights(parsed.callType) : null;
  const replyHead = parsed.reply ? headFromWeights(parsed.reply) : null;
  const classifyRep = (text: string): RepActPrediction => {
    const { label, confidence, scores } = classifyWith(repHead, REP_ACTS, extractFeatures(text));
    return { act: label, confidence, scores };
  };
  const classifyBuyer = (text: string): ObjectionPrediction => {
    const { label, confidence, scores } = classifyWith(buyerHead, OBJECTION_CATEGORIES, extractBuyerFeatures(text));
    return { objection: label, confidence, scores };
  };
  return {
    classifyRep,
    classifyBuyer,
    classifyRepInContext(text, context) {
      if (!readsContext(repHead)) return classifyRep(text);
      const features = withContext(extractFeatures(text), repContextFeatures(context), 'rep');
      const { label, confidence, scores } = classifyWith(repHead, REP_ACTS, features);
      return { act: label, confidence, scores };
    },
    classifyBuyerInContext(text, context) {
      if (!readsContext(buyerHead)) return classifyBuyer(text);
      const features = withContext(extractBuyerFeatures(text), buyerContextFeatures(context), 'buyer');
      const { label, confidence, scores } = classifyWith(buyerHead, OBJECTION_CATEGORIES, features);
      return { objection: label, confidence, scores };
    },
    classifyCallType(opening) {
      if (!callTypeHead) return null;
      const { label, confidence, scores } = classifyWith(callTypeHead, CALL_TYPES, openingFeatures(opening));
      return { callType: label, confidence, scores };
    },
    replyPushback(replyText) {
      if (!replyHead) return null;
      return classifyWith(replyHead, REPLY_LABELS, replyFeatures(replyText)).scores.pushback;
    },
  };
}

/** Weights trained before whole calls (no in-call features) read every line alone. */
function readsContext(head: LinearHead): boolean {
  for (const name of head.featureIndex.keys()) if (name.startsWith('call:')) return true;
  return false;
}

function classifyWith<L extends string>(head: LinearHead, labels: readonly L[], features: FeatureVector) {
  const probabilities = predictProbabilities(head, features);
  const scores = {} as Record<L, number>;
  labels.forEach((label, column) => (scores[label] = probabilities[column]));
  const best = argmax(probabilities);
  return { label: labels[best], confidence: probabilities[best], scores };
}
