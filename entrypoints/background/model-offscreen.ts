// Creates, finds and closes the offscreen document that hosts the model engine. Chrome allows one offscreen
// document per extension; concurrent requests share one creation. The reason is WORKERS: the document runs each
// model in a dedicated worker. Browsers without chrome.offscreen (Firefox) get no home, and the tier says so.
import { MODEL_EVENT_CHANNEL, modelTierEventSchema, type HomeRequest } from '../../lib/model-tier/messages';
import type { ModelHome } from './model-relay';

export const OFFSCREEN_PATH = '/offscreen.html';
const JUSTIFICATION = 'Runs the opt-in on-device language model (WebGPU, in a dedicated worker) that refines call labels and writes debriefs.';

/** The slice of the browser API this file uses, so tests can pass a fake. */
export interface OffscreenBrowser {
  runtime: {
    getURL(path: string): string;
    getContexts(filter: { contextTypes: string[]; documentUrls: string[] }): Promise<unknown[]>;
    sendMessage(message: unknown): Promise<unknown>;
  };
  offscreen: {
    createDocument(parameters: { url: string; reasons: string[]; justification: string }): Promise<void>;
    closeDocument(): Promise<void>;
  };
}

/**
 * A document that is still starting has no listener yet. Then the message either finds no receiver at all, or
 * reaches only other extension pages (an open options page listens for model events) and nobody answers: the reply
 * is `undefined`, which no home request ever gets from a listening document. Both are retried after short waits.
 */
const RETRY_AFTER_MS = 100;
const MAX_SEND_ATTEMPTS = 30;
const NO_RECEIVER = /receiving end does not exist|could not establish connection/i;

export function createOffscreenHome(api: OffscreenBrowser, wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))): ModelHome {
  const url = api.runtime.getURL(OFFSCREEN_PATH);
  let creating: Promise<void> | null = null;

  const exists = async () => (await api.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] })).length > 0;

  const ensure = async () => {
    if (await exists()) return;
    creating ??= api.offscreen
      .createDocument({ url, reasons: ['WORKERS'], justification: JUSTIFICATION })
      .finally(() => (creating = null));
    await creating;
  };

  return {
    async send(request: HomeRequest) {
      await ensure();
      for (let attempt = 1; ; attempt++) {
        const lastAttempt = attempt >= MAX_SEND_ATTEMPTS;
        try {
          const reply = await api.runtime.sendMessage(request);
          if (reply !== undefined || lastAttempt) return reply;
        } catch (error) {
          if (!NO_RECEIVER.test(String(error)) || lastAttempt) throw error;
        }
        await wait(RETRY_AFTER_MS);
      }
    },
    async close() {
      if (await exists()) await api.offscreen.closeDocument();
    },
  };
}

/** After the home freed the GPU for idleness there is nothing left in it worth its memory: close it. */
export function closeWhenIdle(home: ModelHome, raw: unknown, log: (message: string) => void = () => {}): boolean {
  if ((raw as { channel?: unknown } | null)?.channel !== MODEL_EVENT_CHANNEL) return false;
  const parsed = modelTierEventSchema.safeParse(raw);
  if (!parsed.success || parsed.data.reason !== 'idle-unload') return false;
  const { loaded, loading } = parsed.data.status;
  if (loaded.length > 0 || loading) return false;
  home.close().catch((error: unknown) => log(`could not close the model document: ${String(error)}`));
  return true;
}
