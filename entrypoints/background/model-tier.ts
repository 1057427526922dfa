// Wires the model tier into the service worker: the relay on runtime messages, the rep's enabled models in the
// extension's local storage, and the offscreen home where Chrome offers one. The service worker itself never
// loads web-llm: it would die with the worker's 30-second idle timeout and weigh on every wake-up.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { isMeetingUrl } from '../../platforms/registry';
import { enabledModelsSchema, type EnabledModels } from '../../lib/model-tier/messages';
import { closeWhenIdle, createOffscreenHome, type OffscreenBrowser } from './model-offscreen';
import { createModelRelay, type EnabledModelsStore } from './model-relay';

const NOTHING_ENABLED: EnabledModels = { labels: null, debrief: null };

const log = (message: string) => console.warn(`[discovery-coach model] ${message}`);

function enabledModelsStore(): EnabledModelsStore {
  const item = storage.defineItem<unknown>('local:modelTierEnabled', { fallback: null });
  return {
    async get() {
      const parsed = enabledModelsSchema.safeParse(await item.getValue());
      return parsed.success ? parsed.data : NOTHING_ENABLED;
    },
    set: (next) => item.setValue(next),
  };
}

export function registerModelTier() {
  const api = browser as unknown as Partial<OffscreenBrowser> & typeof browser;
  const canHost = api.offscreen !== undefined && typeof (api.runtime as Partial<OffscreenBrowser['runtime']>).getContexts === 'function';
  const home = canHost ? createOffscreenHome(api as unknown as OffscreenBrowser) : null;
  const relay = createModelRelay({
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    isMeetingUrl,
    home,
    enabled: enabledModelsStore(),
    log,
  });

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (reply: unknown) => void) => {
    if (home && closeWhenIdle(home, message, log)) return undefined;
    const reply = relay.handle(message, sender);
    if (!reply) return undefined;
    reply.then(sendResponse, (error: unknown) => sendResponse({ ok: false, reason: 'failed', message: String(error).slice(0, 2_000) }));
    return true;
  });

  return { writeDebrief: relay.writeDebrief };
}
