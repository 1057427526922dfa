// Starts a web-llm engine in its own dedicated worker (model-worker.ts). The worker is terminated when the model
// unloads or fails to load, so a lost device or an out-of-memory load cannot leave GPU memory behind.
import { CreateWebWorkerMLCEngine } from '@mlc-ai/web-llm';
import type { StartEngine } from './web-llm-runtime';

export const startWorkerEngine: StartEngine = async (modelId, config) => {
  const worker = new Worker(new URL('./model-worker.ts', import.meta.url), { type: 'module' });
  try {
    const engine = await CreateWebWorkerMLCEngine(worker, modelId, config);
    return { engine, dispose: () => worker.terminate() };
  } catch (error) {
    worker.terminate();
    throw error;
  }
};
