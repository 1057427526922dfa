// What the rep taught the coach on their own calls: buyer lines they marked "not an objection". A buyer line whose
// words closely match a marked one (token Jaccard ≥ 0.8 after normalizing) is read as no objection, so the same
// pattern does not raise a card on the next call. A layer over the classifier: the weights stay as trained.
import type { LineClassifier } from '../engine/labeling';
import type { ObjectionCategory } from '../types';
import type { ObjectionPrediction } from './classifier';
import { normalizeTokens } from './normalize';

export const CORRECTION_MATCH_JACCARD = 0.8;

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const token of a) if (b.has(token)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** The marked lines as token sets; `matches(text)` says whether a line is one of them in other words. */
export function repCorrections(notObjectionLines: readonly string[]) {
  const marked = notObjectionLines.map((line) => new Set(normalizeTokens(line))).filter((tokens) => tokens.size > 0);
  return {
    get size() {
      return marked.length;
    },
    add(line: string) {
      const tokens = new Set(normalizeTokens(line));
      if (tokens.size > 0) marked.push(tokens);
    },
    matches(text: string): boolean {
      const tokens = new Set(normalizeTokens(text));
      return marked.some((line) => jaccard(line, tokens) >= CORRECTION_MATCH_JACCARD);
    },
  };
}

export type RepCorrections = ReturnType<typeof repCorrections>;

const NO_OBJECTION_SCORES = { none: 1, budget: 0, timing: 0, competition: 0 } satisfies Record<ObjectionCategory, number>;

/** The classifier, with buyer lines the rep marked (or close to them) read as no objection. */
export function withRepCorrections<C extends LineClassifier>(classifier: C, corrections: RepCorrections): C {
  const corrected = (text: string, prediction: ObjectionPrediction): ObjectionPrediction =>
    prediction.objection !== 'none' && corrections.matches(text) ? { objection: 'none', confidence: 1, scores: NO_OBJECTION_SCORES } : prediction;
  return {
    ...classifier,
    classifyBuyer: (text: string) => corrected(text, classifier.classifyBuyer(text)),
    ...(classifier.classifyBuyerInContext
      ? { classifyBuyerInContext: (text: string, context) => corrected(text, classifier.classifyBuyerInContext!(text, context)) }
      : {}),
  };
}
