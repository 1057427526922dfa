// The real engine behind the ModelRuntime interface: web-llm, one engine per loaded model so the labels model and
// the debrief model load and unload independently. In the extension each engine runs in its own dedicated worker
// (worker-engine.ts); tests and tools may run it in process. Weights come from web-llm's prebuilt list (Hugging
// Face) into the extension's Cache API storage, once, when the rep clicks "Download and enable". Every failure
// leaves here as a ModelTierError, so the options page can say what happened in plain words.
import {
  deleteModelAllInfoInCache,
  hasModelInCache,
  MLCEngine,
  prebuiltAppConfig,
  type AppConfig,
  type InitProgressCallback,
  type MLCEngineInterface,
} from '@mlc-ai/web-llm';
import {
  ModelTierError,
  toModelTierError,
  type GpuReport,
  type JsonGenerationRequest,
  type LoadedModel,
  type ModelRuntime,
} from '../../lib/model-tier/model-runtime';

/** The parts of navigator.gpu this file reads (TypeScript's DOM library has no WebGPU types). */
export interface GpuAdapterLike {
  features: { has(feature: string): boolean };
  info?: { vendor?: string; description?: string };
}
export interface NavigatorGpuLike {
  requestAdapter(options?: { powerPreference?: 'high-performance' | 'low-power' }): Promise<GpuAdapterLike | null>;
}

export interface StartedEngine {
  engine: MLCEngineInterface;
  /** Frees what unload() leaves behind (the worker). */
  dispose(): void;
}

/** Creates an engine with `modelId` loaded; rejects with web-llm's error when it cannot. */
export type StartEngine = (modelId: string, config: { appConfig: AppConfig; initProgressCallback: InitProgressCallback }) => Promise<StartedEngine>;

export const startInProcessEngine: StartEngine = async (modelId, config) => {
  const engine = new MLCEngine(config);
  try {
    await engine.reload(modelId);
  } catch (error) {
    await engine.unload().catch(() => {});
    throw error;
  }
  return { engine, dispose: () => {} };
};

export interface WebLlmRuntimeOptions {
  gpu(): NavigatorGpuLike | undefined;
  appConfig?: AppConfig;
  startEngine?: StartEngine;
}

export function createWebLlmRuntime(options: WebLlmRuntimeOptions): ModelRuntime {
  const appConfig = options.appConfig ?? prebuiltAppConfig;
  const startEngine = options.startEngine ?? startInProcessEngine;

  const probeGpu = async (): Promise<GpuReport> => {
    const gpu = options.gpu();
    const adapter = gpu ? await gpu.requestAdapter({ powerPreference: 'high-performance' }).catch(() => null) : null;
    if (!adapter) return { webgpu: false, shaderF16: false, adapter: null };
    const name = adapter.info?.description || adapter.info?.vendor || null;
    return { webgpu: true, shaderF16: adapter.features.has('shader-f16'), adapter: name };
  };

  const wrap = (modelId: string, { engine, dispose }: StartedEngine): LoadedModel => ({
    modelId,
    async embed(texts) {
      try {
        const reply = await engine.embeddings.create({ input: texts, model: modelId });
        return [...reply.data].sort((a, b) => a.index - b.index).map((entry) => entry.embedding);
      } catch (error) {
        throw toModelTierError(error, 'inference');
      }
    },
    async generateJson(request: JsonGenerationRequest) {
      try {
        const reply = await engine.chat.completions.create({
          model: modelId,
          stream: false,
          messages: [
            { role: 'system', content: request.system },
            { role: 'user', content: request.user },
          ],
          response_format: { type: 'json_object', schema: JSON.stringify(request.schema) },
          max_tokens: request.maxTokens,
          temperature: request.temperature,
        });
        return reply.choices[0]?.message.content ?? '';
      } catch (error) {
        throw toModelTierError(error, 'inference');
      }
    },
    async unload() {
      try {
        await engine.unload();
      } finally {
        dispose();
      }
    },
  });

  return {
    probeGpu,
    async load(modelId, onProgress) {
      // Check the GPU before fetching anything: without WebGPU a download would be wasted.
      const gpu = await probeGpu();
      if (!gpu.webgpu) throw new ModelTierError('no-webgpu', 'navigator.gpu gave no adapter');
      const initProgressCallback: InitProgressCallback = (report) => onProgress({ fraction: report.progress, text: report.text });
      try {
        return wrap(modelId, await startEngine(modelId, { appConfig, initProgressCallback }));
      } catch (error) {
        throw toModelTierError(error, 'load');
      }
    },
    isCached: (modelId) => hasModelInCache(modelId, appConfig),
    async deleteCached(modelId) {
      try {
        await deleteModelAllInfoInCache(modelId, appConfig);
      } catch (error) {
        throw toModelTierError(error, 'load');
      }
    },
  };
}
