// Labels an utterance with the fast classifier: rep lines get a discovery act, buyer lines an objection
// category. The engine only needs these two calls, so tests can pass a small double.
import type { Classifier } from '../classifier';
import type { Role, UtteranceLabel } from '../types';

export type LineClassifier = Pick<Classifier, 'classifyRep' | 'classifyBuyer'>;

export function labelLine(classifier: LineClassifier, role: Role, text: string): UtteranceLabel {
  if (role === 'rep') {
    const { act, confidence } = classifier.classifyRep(text);
    return { role, act, confidence, tier: 'fast' };
  }
  const { objection, confidence } = classifier.classifyBuyer(text);
  return { role, objection, confidence, tier: 'fast' };
}
