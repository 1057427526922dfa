// Hands the methodology's text in the rep's language to this extension's content scripts, so each language's
// text is bundled once (here) and not in every meeting page's content script.
import { browser } from 'wxt/browser';
import { METHODOLOGY_TEXT } from '../../lib/engine/methodology/by-locale';
import { coachingTextRequestSchema } from '../../lib/messages';

export function serveCoachingText(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const request = coachingTextRequestSchema.safeParse(message);
    if (!request.success) return undefined;
    return Promise.resolve(METHODOLOGY_TEXT[request.data.locale]);
  });
}
