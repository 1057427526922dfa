// The real web-llm loading code, run where it cannot reach the network: it must fail with a typed error whose
// plain message the options page shows, not hang or throw something nobody can read.
import { createHash } from 'node:crypto';
import { prebuiltAppConfig } from '@mlc-ai/web-llm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MODEL_TIER_SETTINGS } from '../../lib/model-tier/model-tier-settings';
import { ModelTierError } from '../../lib/model-tier/model-runtime';
import { withPackagedModelLibraries } from '../../lib/model-tier/packaged-model-libraries';
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

describe('web-llm runtime with a library from the package', () => {
  const EXTENSION = 'chrome-extension://test-extension';
  /** A valid but empty WebAssembly module: enough for web-llm to fetch and check, not to run. */
  const FAKE_LIBRARY = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);
  const FAKE_LIBRARY_SRI = `sha256-${createHash('sha256').update(FAKE_LIBRARY).digest('base64')}`;

  /** Serves the model's config from "Hugging Face" through a working Cache API and the library from the package. */
  function packageOnly() {
    fetches.length = 0;
    const stored = new Map<string, Response>();
    const cache = {
      match: async (request: Request) => stored.get(request.url)?.clone(),
      add: async (request: Request) => {
        const response = await fetch(request);
        if (!response.ok) throw new TypeError(`Request failed with status ${response.status}`);
        stored.set(request.url, response);
      },
      keys: async () => [...stored.keys()].map((url) => new Request(url)),
      delete: async (request: Request) => stored.delete(request.url),
    };
    vi.stubGlobal('location', { origin: EXTENSION, href: `${EXTENSION}/offscreen.html` });
    vi.stubGlobal('caches', { open: async () => cache, delete: async () => false, has: async () => false, keys: async () => [] });
    vi.stubGlobal('fetch', async (input: Request | string) => {
      const url = typeof input === 'string' ? input : input.url;
      fetches.push(url);
      if (url.startsWith('https://huggingface.co/') && url.endsWith('/mlc-chat-config.json')) return new Response('{"model_type":"bert"}');
      if (url === `${EXTENSION}/model-libs/embed-webgpu.wasm`) return new Response(FAKE_LIBRARY);
      throw new TypeError('Failed to fetch');
    });
  }

  const appConfigWith = (integrity: string) => ({
    ...prebuiltAppConfig,
    model_list: withPackagedModelLibraries(
      prebuiltAppConfig.model_list,
      {
        version: 1,
        libraries: [{ modelId: EMBED_MODEL, file: 'embed-webgpu.wasm', integrity, source: prebuiltAppConfig.model_list.find((record) => record.model_id === EMBED_MODEL)!.model_lib }],
      },
      (packagePath) => `${EXTENSION}/${packagePath}`,
      'packaged-only',
    ),
  });

  it('fetches the library from the package with a plain fetch, never from GitHub, and accepts its checksum', async () => {
    packageOnly();
    const runtime = createWebLlmRuntime({ gpu: () => ({ requestAdapter: async () => adapter }), appConfig: appConfigWith(FAKE_LIBRARY_SRI) });
    const error = await loadError(runtime);
    expect(fetches).toEqual([expect.stringMatching(/^https:\/\/huggingface\.co\/.*\/mlc-chat-config\.json$/), `${EXTENSION}/model-libs/embed-webgpu.wasm`]);
    // The empty module passes the check and only then fails to start (it has no kernels).
    expect(error.detail).not.toMatch(/Integrity/);
  });

  it('refuses a packaged library whose checksum does not match', async () => {
    packageOnly();
    const runtime = createWebLlmRuntime({ gpu: () => ({ requestAdapter: async () => adapter }), appConfig: appConfigWith(`sha256-${'A'.repeat(43)}=`) });
    const error = await loadError(runtime);
    expect(error.kind).toBe('load-failed');
    expect(error.detail).toMatch(/^Integrity verification failed for chrome-extension:\/\/test-extension\/model-libs\/embed-webgpu\.wasm/);
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
