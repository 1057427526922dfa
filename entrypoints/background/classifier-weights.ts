// Hands the fast classifier's weights to this extension's content scripts, so the weights are bundled once (here)
// and not in every meeting page's content script.
import { browser } from 'wxt/browser';
import { SHIPPED_WEIGHTS } from '../../lib/classifier';
import { classifierWeightsRequestSchema } from '../../lib/messages';

export function serveClassifierWeights(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id || !classifierWeightsRequestSchema.safeParse(message).success) return undefined;
    return Promise.resolve(SHIPPED_WEIGHTS);
  });
}
