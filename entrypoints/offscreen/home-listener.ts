// The offscreen document's message door: only `model-home` requests from this extension's background service
// worker get in, and each is parsed before the host sees it. Replies go back through sendResponse (returning
// true keeps the channel open while the host works).
import { homeRequestSchema } from '../../lib/model-tier/messages';
import type { HomeReply, ModelHost } from '../../lib/model-tier/model-host';

export interface HomeSender {
  id?: string;
  url?: string;
  tab?: unknown;
}

export interface HomeListenerOptions {
  host: Pick<ModelHost, 'handle'>;
  extensionId: string;
  /** The service worker's script URL (runtime.getURL('/background.js')). */
  backgroundUrl: string;
  log?(message: string): void;
}

export function createHomeListener(options: HomeListenerOptions) {
  return (message: unknown, sender: HomeSender, sendResponse: (reply: HomeReply) => void): true | undefined => {
    if (sender.id !== options.extensionId || sender.tab !== undefined || sender.url !== options.backgroundUrl) return undefined;
    const parsed = homeRequestSchema.safeParse(message);
    if (!parsed.success) return undefined;
    options.host.handle(parsed.data).then(sendResponse, (error: unknown) => {
      options.log?.(`model home failed on ${parsed.data.type}: ${String(error)}`);
      sendResponse({ ok: false, reason: 'failed', message: String(error).slice(0, 2_000) });
    });
    return true;
  };
}
