// The model tier's home: an offscreen document (see docs/model-tier.md for why not the service worker). It owns
// the web-llm engines (each in a dedicated worker, the offscreen reason WORKERS) and answers the background; progress and state changes go out as `model-tier-event`s to
// every extension page. It starts no work of its own.
import { prebuiltAppConfig } from '@mlc-ai/web-llm';
import { browser, type PublicPath } from 'wxt/browser';
import { METHODOLOGY } from '../../lib/engine/methodology';
import { MODEL_EVENT_CHANNEL, type ModelTierEvent } from '../../lib/model-tier/messages';
import { createModelHost } from '../../lib/model-tier/model-host';
import {
  MODEL_LIBS_MANIFEST_PATH,
  modelLibraryPolicyFrom,
  parsePackagedModelLibraries,
  withPackagedModelLibraries,
  type PackagedModelLibraries,
} from '../../lib/model-tier/packaged-model-libraries';
import { createHomeListener, type HomeSender } from './home-listener';
import { seedCorpus } from './seed-corpus';
import { createWebLlmRuntime, type NavigatorGpuLike } from './web-llm-runtime';
import { startWorkerEngine } from './worker-engine';

const log = (message: string) => console.warn(`[discovery-coach model] ${message}`);

/** Files the build adds to the package (model-libs/) are not in WXT's list of public paths. */
const packageUrl = (packagePath: string) => browser.runtime.getURL(`/${packagePath}` as PublicPath);

/** The model libraries this build ships (wxt.config.ts); null when the package has none. */
async function readPackagedModelLibraries(): Promise<PackagedModelLibraries | null> {
  // A file of the extension's own package: no network request. A build without libraries has no such file.
  const response = await fetch(packageUrl(MODEL_LIBS_MANIFEST_PATH)).catch(() => null);
  if (!response?.ok) return null;
  try {
    return parsePackagedModelLibraries(await response.json());
  } catch (error) {
    log(`packaged model libraries ignored: ${String(error)}`);
    return null;
  }
}

const host = readPackagedModelLibraries().then((packaged) => {
  // Store builds (`npm run zip:store`) may load packaged libraries only: other models show as unavailable.
  const records = withPackagedModelLibraries(prebuiltAppConfig.model_list, packaged, packageUrl, modelLibraryPolicyFrom(import.meta.env.WXT_MODEL_LIBS));
  return createModelHost({
    runtime: createWebLlmRuntime({
      gpu: () => (navigator as Navigator & { gpu?: NavigatorGpuLike }).gpu,
      appConfig: { ...prebuiltAppConfig, model_list: records },
      startEngine: startWorkerEngine,
    }),
    records,
    corpus: seedCorpus,
    methodology: METHODOLOGY,
    log,
    emit(reason, status) {
      const event: ModelTierEvent = { channel: MODEL_EVENT_CHANNEL, reason, status };
      // Nobody listening (no options page open) is normal.
      browser.runtime.sendMessage(event).catch(() => {});
    },
  });
});

// Listening from the first moment, so the background's first request is not lost while the manifest is read.
const listener = createHomeListener({
  host: { handle: async (request) => (await host).handle(request) },
  extensionId: browser.runtime.id,
  backgroundUrl: browser.runtime.getURL('/background.js'),
  log,
});
browser.runtime.onMessage.addListener((message: unknown, sender: HomeSender, sendResponse: (reply: unknown) => void) =>
  listener(message, sender, sendResponse),
);
