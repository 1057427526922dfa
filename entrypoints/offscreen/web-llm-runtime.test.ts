// The real web-llm loading code, run where it cannot reach the network: it must fail with a typed error whose
// plain message the options page shows, not hang or throw something nobody can read.
import { prebuiltAppConfig } from '@mlc-ai/web-llm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MODEL_TIER_SETTINGS } from '../../lib/model-tier/model-tier-settings';
import { ModelTierError } from '../../lib/model-tier/model-runtime';
import { createWebLlmRuntime, type GpuAdapterLike } from './web-llm-runtime';

const EMBED_MODEL = 'snowflake-arctic-embed-s-q0f32-MLC-b4';
const adapter: GpuAdapterLike = { features: new Set(['shader-f16']), info: { vendor: 'fake', description: 'Fake GPU' } };

/** The Cache API as a browser offers it: `add` fetches, so a failing network fails the add. */
function cacheStorageOverFetch() {
  return {
    open: async () => ({
      match: async () => undefined,
      keys: async () => [],
      delete: async () => false,
      add: async (request: Request) => {
        const response = await fetch(request);
        if (!response.ok) throw new TypeError(`Request failed with status ${response.status}`);
      },
    }),
    delete: async () => false,
    has: async () => false,
    keys: async () => [],
  };
}

const fetches: string[] = [];

function offline() {
  fetches.length = 0;
  vi.stubGlobal('location', { origin: 'chrome-extension://test-extension', href: 'chrome-extension://test-extension/offscreen.html' });
  vi.stubGlobal('caches', cacheStorageOverFetch());
  vi.stubGlobal('fetch', async (input: Request | string) => {
    fetches.push(typeof input === 'string' ? input : input.url);
    throw new TypeError('Failed to fetch');
  });
}

afterEach(() => vi.unstubAllGlobals());

async function loadError(runtime: ReturnType<typeof createWebLlmRuntime>, modelId = EMBED_MODEL): Promise<ModelTierError> {
  const progress: number[] = [];
  const error = await runtime.load(modelId, (report) => progress.push(report.fraction)).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ModelTierError);
  return error as ModelTierError;
}

describe('web-llm runtime without a network', () => {
  it('fails the download with a typed network error and a plain message', async () => {
    offline();
    const runtime = createWebLlmRuntime({ gpu: () => ({ requestAdapter: async () => adapter }) });
    const error = await loadError(runtime);
    expect(error.kind).toBe('network');
    expect(error.plainMessage()).toBe(MODEL_TIER_SETTINGS.wording.errors.network);
    expect(fetches[0]).toMatch(/^https:\/\/huggingface\.co\/mlc-ai\/snowflake-arctic-embed-s-q0f32-MLC\//);
  });

  it('says there is no WebGPU before fetching anything', async () => {
    offline();
    const withoutGpu = createWebLlmRuntime({ gpu: () => undefined });
    expect((await loadError(withoutGpu)).kind).toBe('no-webgpu');
    const noAdapter = createWebLlmRuntime({ gpu: () => ({ requestAdapter: async () => null }) });
    expect((await loadError(noAdapter)).kind).toBe('no-webgpu');
    expect(fetches).toEqual([]);
  });

  it('reports the GPU it finds', async () => {
    const runtime = createWebLlmRuntime({ gpu: () => ({ requestAdapter: async () => adapter }) });
    expect(await runtime.probeGpu()).toEqual({ webgpu: true, shaderF16: true, adapter: 'Fake GPU' });
    const plain = createWebLlmRuntime({ gpu: () => ({ requestAdapter: async () => ({ features: new Set<string>() }) }) });
    expect(await plain.probeGpu()).toEqual({ webgpu: true, shaderF16: false, adapter: null });
  });

  it('finds nothing cached in an empty cache', async () => {
    offline();
    const runtime = createWebLlmRuntime({ gpu: () => undefined });
    expect(await runtime.isCached(EMBED_MODEL)).toBe(false);
  });
});

describe('the seed catalog', () => {
  it('offers only models the installed web-llm can load', () => {
    const known = new Set(prebuiltAppConfig.model_list.map((record) => record.model_id));
    for (const choice of MODEL_TIER_SETTINGS.catalog) expect(known, choice.modelId).toContain(choice.modelId);
  });

  it('uses embedding models for labels and chat models for the debrief', () => {
    const embedding = 1; // web-llm's ModelType.embedding
    for (const choice of MODEL_TIER_SETTINGS.catalog) {
      const record = prebuiltAppConfig.model_list.find((candidate) => candidate.model_id === choice.modelId);
      expect(record?.model_type === embedding, choice.modelId).toBe(choice.purpose === 'labels');
    }
  });
});
