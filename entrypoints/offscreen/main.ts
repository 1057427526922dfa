// The model tier's home: an offscreen document (see docs/model-tier.md for why not the service worker). It owns
// the web-llm engines (each in a dedicated worker, the offscreen reason WORKERS) and answers the background; progress and state changes go out as `model-tier-event`s to
// every extension page. It starts no work of its own.
import { prebuiltAppConfig } from '@mlc-ai/web-llm';
import { browser } from 'wxt/browser';
import { METHODOLOGY } from '../../lib/engine/methodology';
import { MODEL_EVENT_CHANNEL, type ModelTierEvent } from '../../lib/model-tier/messages';
import { createModelHost } from '../../lib/model-tier/model-host';
import { createHomeListener, type HomeSender } from './home-listener';
import { seedCorpus } from './seed-corpus';
import { createWebLlmRuntime, type NavigatorGpuLike } from './web-llm-runtime';
import { startWorkerEngine } from './worker-engine';

const log = (message: string) => console.warn(`[discovery-coach model] ${message}`);

const host = createModelHost({
  runtime: createWebLlmRuntime({
    gpu: () => (navigator as Navigator & { gpu?: NavigatorGpuLike }).gpu,
    appConfig: prebuiltAppConfig,
    startEngine: startWorkerEngine,
  }),
  records: prebuiltAppConfig.model_list,
  corpus: seedCorpus,
  methodology: METHODOLOGY,
  log,
  emit(reason, status) {
    const event: ModelTierEvent = { channel: MODEL_EVENT_CHANNEL, reason, status };
    // Nobody listening (no options page open) is normal.
    browser.runtime.sendMessage(event).catch(() => {});
  },
});

const listener = createHomeListener({ host, extensionId: browser.runtime.id, backgroundUrl: browser.runtime.getURL('/background.js'), log });
browser.runtime.onMessage.addListener((message: unknown, sender: HomeSender, sendResponse: (reply: unknown) => void) =>
  listener(message, sender, sendResponse),
);
