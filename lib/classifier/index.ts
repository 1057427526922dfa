// The fast classifier with the shipped weights (seeds/model/classifier.json) for the contexts that bundle them:
// the background, the CLIs and the tests. The content script builds its classifier from ./classifier instead.
import shippedWeights from '../../seeds/model/classifier.json';
import { createClassifier, type Classifier, type ClassifierWeights } from './classifier';

export * from './classifier';

/** The weights file as shipped, for handing to a context that does not bundle it. */
export const SHIPPED_WEIGHTS = shippedWeights as ClassifierWeights;

let shippedClassifier: Classifier | undefined;

/** The classifier built from the shipped seeds/model/classifier.json (parsed once, then reused). */
export function defaultClassifier(): Classifier {
  shippedClassifier ??= createClassifier(SHIPPED_WEIGHTS);
  return shippedClassifier;
}

