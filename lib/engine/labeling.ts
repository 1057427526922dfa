// Labels an utterance with the fast classifier: rep lines get a discovery act, buyer lines an objection
// category, each read in the conversation around it when the classifier can (its context heads). The engine only
// needs these calls, so tests can pass a small double that reads text alone.
import type { Classifier } from '../classifier';
import type { LineContext } from '../classifier/context-features';
import type { Role, UtteranceLabel } from '../types';

export type LineClassifier = Pick<Classifier, 'classifyRep' | 'classifyBuyer'> &
  Partial<Pick<Classifier, 'classifyRepInContext' | 'classifyBuyerInContext'>>;

export function labelLine(classifier: LineClassifier, role: Role, text: string, context?: LineContext): UtteranceLabel {
  if (role === 'rep') {
    const { act, confidence } =
      context && classifier.classifyRepInContext ? classifier.classifyRepInContext(text, context) : classifier.classifyRep(text);
    return { role, act, confidence, tier: 'fast' };
  }
  const { objection, confidence } =
    context && classifier.classifyBuyerInContext ? classifier.classifyBuyerInContext(text, context) : classifier.classifyBuyer(text);
  return { role, objection, confidence, tier: 'fast' };
}
