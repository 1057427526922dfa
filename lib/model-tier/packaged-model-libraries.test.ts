import { describe, expect, it } from 'vitest';
import { buildCatalog } from './model-catalog';
import { MODEL_TIER_SETTINGS } from './model-tier-settings';
import {
  looksLikeWebAssembly,
  modelLibraryPolicyFrom,
  packagedModelLibrariesManifest,
  parsePackagedModelLibraries,
  planModelLibraryDownloads,
  withPackagedModelLibraries,
  type PackagedModelLibraries,
} from './packaged-model-libraries';

const LIBS = 'https://raw.githubusercontent.com/mlc-ai/binary-mlc-llm-libs/main/web-llm-models/v0_2_86/base';
const EMBED = 'snowflake-arctic-embed-s-q0f32-MLC-b4';
const QWEN_F16 = 'Qwen2.5-1.5B-Instruct-q4f16_1-MLC';
const QWEN2_F16 = 'Qwen2-1.5B-Instruct-q4f16_1-MLC';
const EMBED_LIB = `${LIBS}/snowflake-arctic-embed-s-q0f32-ctx512_cs512_batch4-webgpu.wasm`;
const QWEN_LIB = `${LIBS}/Qwen2-1.5B-Instruct-q4f16_1_cs1k-webgpu.wasm`;
const SRI_A = `sha256-${'A'.repeat(43)}=`;
const SRI_B = `sha256-${'B'.repeat(43)}=`;

/** Shaped like web-llm's records: weights on Hugging Face, libraries on GitHub, other integrity fields set. */
const RECORDS = [
  { model_id: EMBED, model: 'https://huggingface.co/mlc-ai/snowflake-arctic-embed-s-q0f32-MLC', model_lib: EMBED_LIB, vram_required_MB: 238.71 },
  { model_id: QWEN_F16, model: 'https://huggingface.co/mlc-ai/Qwen2.5-1.5B-Instruct-q4f16_1-MLC', model_lib: QWEN_LIB, integrity: { config: SRI_B, onFailure: 'error' as const } },
  { model_id: QWEN2_F16, model: 'https://huggingface.co/mlc-ai/Qwen2-1.5B-Instruct-q4f16_1-MLC', model_lib: QWEN_LIB },
];

const packaged: PackagedModelLibraries = {
  version: 1,
  libraries: [
    { modelId: EMBED, file: 'snowflake-arctic-embed-s-q0f32-ctx512_cs512_batch4-webgpu.wasm', integrity: SRI_A, source: EMBED_LIB },
    { modelId: QWEN_F16, file: 'Qwen2-1.5B-Instruct-q4f16_1_cs1k-webgpu.wasm', integrity: SRI_B, source: QWEN_LIB },
  ],
};

const packageUrl = (packagePath: string) => `chrome-extension://test-id/${packagePath}`;

describe('planning the library downloads', () => {
  it('maps each model to its library URL and a file named after it, one download per URL', () => {
    expect(planModelLibraryDownloads([EMBED, QWEN_F16, QWEN2_F16], RECORDS)).toEqual([
      { source: EMBED_LIB, file: 'snowflake-arctic-embed-s-q0f32-ctx512_cs512_batch4-webgpu.wasm', modelIds: [EMBED] },
      { source: QWEN_LIB, file: 'Qwen2-1.5B-Instruct-q4f16_1_cs1k-webgpu.wasm', modelIds: [QWEN_F16, QWEN2_F16] },
    ]);
  });

  it('refuses a model web-llm does not know, a library that is not https, and two URLs for one file', () => {
    expect(() => planModelLibraryDownloads(['no-such-model'], RECORDS)).toThrow(/no-such-model is not in the installed web-llm/);
    expect(() => planModelLibraryDownloads(['m'], [{ model_id: 'm', model_lib: 'http://example.com/m.wasm' }])).toThrow(/not an https URL/);
    expect(() => planModelLibraryDownloads(['m'], [{ model_id: 'm', model_lib: 'https://example.com/libs/' }])).toThrow(/plain \.wasm file name/);
    const twins = [
      { model_id: 'a', model_lib: 'https://example.com/v1/lib.wasm' },
      { model_id: 'b', model_lib: 'https://example.com/v2/lib.wasm' },
    ];
    expect(() => planModelLibraryDownloads(['a', 'b'], twins)).toThrow(/both be saved as lib\.wasm/);
  });

  it('plans every model of the seed catalog, each under its own name', () => {
    const records = MODEL_TIER_SETTINGS.catalog.map((choice) => ({ model_id: choice.modelId, model_lib: `${LIBS}/${choice.modelId}-webgpu.wasm` }));
    const plan = planModelLibraryDownloads(
      MODEL_TIER_SETTINGS.catalog.map((choice) => choice.modelId),
      records,
    );
    expect(plan.flatMap((download) => download.modelIds)).toEqual(MODEL_TIER_SETTINGS.catalog.map((choice) => choice.modelId));
  });
});

describe('the library manifest', () => {
  it('lists one entry per model, sharing a file where models share a library', () => {
    const plan = planModelLibraryDownloads([EMBED, QWEN_F16, QWEN2_F16], RECORDS);
    const manifest = packagedModelLibrariesManifest(plan.map((download, index) => ({ ...download, integrity: index === 0 ? SRI_A : SRI_B })));
    expect(manifest.version).toBe(1);
    expect(manifest.libraries.map((library) => [library.modelId, library.file, library.integrity])).toEqual([
      [EMBED, 'snowflake-arctic-embed-s-q0f32-ctx512_cs512_batch4-webgpu.wasm', SRI_A],
      [QWEN_F16, 'Qwen2-1.5B-Instruct-q4f16_1_cs1k-webgpu.wasm', SRI_B],
      [QWEN2_F16, 'Qwen2-1.5B-Instruct-q4f16_1_cs1k-webgpu.wasm', SRI_B],
    ]);
    expect(parsePackagedModelLibraries(JSON.parse(JSON.stringify(manifest)))).toEqual(manifest);
  });

  it('refuses paths, weak or malformed checksums, plain http, other versions and contradictions', () => {
    const library = packaged.libraries[0];
    const withLibrary = (change: object) => ({ version: 1, libraries: [{ ...library, ...change }] });
    expect(() => parsePackagedModelLibraries(withLibrary({ file: '../background.js' }))).toThrow(/file: must be a plain \.wasm file name/);
    expect(() => parsePackagedModelLibraries(withLibrary({ file: 'sub/lib.wasm' }))).toThrow(/plain \.wasm/);
    expect(() => parsePackagedModelLibraries(withLibrary({ integrity: 'sha1-abc' }))).toThrow(/integrity/);
    expect(() => parsePackagedModelLibraries(withLibrary({ source: 'http://example.com/x.wasm' }))).toThrow(/https URL/);
    expect(() => parsePackagedModelLibraries({ version: 2, libraries: [] })).toThrow(/version/);
    expect(() => parsePackagedModelLibraries('not json')).toThrow(/not a valid model library manifest/);
    expect(() => parsePackagedModelLibraries({ version: 1, libraries: [library, library] })).toThrow(/listed twice/);
    expect(() => parsePackagedModelLibraries({ version: 1, libraries: [library, { ...library, modelId: 'other', integrity: SRI_B }] })).toThrow(
      /two different checksums/,
    );
  });

  it('knows a WebAssembly module from an error page', () => {
    expect(looksLikeWebAssembly(new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]))).toBe(true);
    expect(looksLikeWebAssembly(new TextEncoder().encode('<!DOCTYPE html>'))).toBe(false);
    expect(looksLikeWebAssembly(new Uint8Array())).toBe(false);
  });
});

describe('the build policy', () => {
  it('is packaged-only for store builds and allows remote libraries otherwise', () => {
    expect(modelLibraryPolicyFrom('packaged-only')).toBe('packaged-only');
    expect(modelLibraryPolicyFrom(undefined)).toBe('remote-allowed');
    expect(modelLibraryPolicyFrom('')).toBe('remote-allowed');
    expect(() => modelLibraryPolicyFrom('packaged')).toThrow(/WXT_MODEL_LIBS must be "packaged-only" or unset, not "packaged"/);
  });
});

describe('records with the packaged libraries', () => {
  it('point packaged models at the package, with the checksum web-llm verifies, keeping everything else', () => {
    const [embed, qwen, qwen2] = withPackagedModelLibraries(RECORDS, packaged, packageUrl, 'remote-allowed');
    expect(embed).toEqual({
      ...RECORDS[0],
      model_lib: 'chrome-extension://test-id/model-libs/snowflake-arctic-embed-s-q0f32-ctx512_cs512_batch4-webgpu.wasm',
      integrity: { model_lib: SRI_A },
    });
    expect(qwen).toMatchObject({
      model: RECORDS[1].model,
      model_lib: 'chrome-extension://test-id/model-libs/Qwen2-1.5B-Instruct-q4f16_1_cs1k-webgpu.wasm',
      integrity: { config: SRI_B, onFailure: 'error', model_lib: SRI_B },
    });
    // Not listed in the manifest (even though its library file is): a default build downloads it as before.
    expect(qwen2).toBe(RECORDS[2]);
    expect(RECORDS[0].model_lib).toBe(EMBED_LIB);
  });

  it('in a store build, mark every model without a packaged library unavailable, and leave its library alone', () => {
    const records = withPackagedModelLibraries(RECORDS, packaged, packageUrl, 'packaged-only');
    expect(records.map((record) => record.unavailable)).toEqual([undefined, undefined, 'library-not-packaged']);
    expect(records.filter((record) => !record.unavailable).every((record) => record.model_lib.startsWith('chrome-extension://'))).toBe(true);
    const nothingPackaged = withPackagedModelLibraries(RECORDS, null, packageUrl, 'packaged-only');
    expect(nothingPackaged.every((record) => record.unavailable === 'library-not-packaged')).toBe(true);
    expect(withPackagedModelLibraries(RECORDS, null, packageUrl, 'remote-allowed')).toEqual(RECORDS);
  });

  it('never use a library fetched for another web-llm version', () => {
    const newer = RECORDS.map((record) => ({ ...record, model_lib: record.model_lib.replace('v0_2_86', 'v0_2_90') }));
    const records = withPackagedModelLibraries(newer, packaged, packageUrl, 'packaged-only');
    expect(records.map((record) => record.unavailable)).toEqual(['library-not-packaged', 'library-not-packaged', 'library-not-packaged']);
    expect(withPackagedModelLibraries(newer, packaged, packageUrl, 'remote-allowed')).toEqual(newer);
  });

  it('reach the options page as a reason on the catalog entry', () => {
    const records = withPackagedModelLibraries(RECORDS, { version: 1, libraries: [packaged.libraries[0]] }, packageUrl, 'packaged-only');
    const catalog = buildCatalog(MODEL_TIER_SETTINGS.catalog, records, new Set());
    expect(catalog.map((entry) => [entry.modelId, entry.unavailable])).toEqual([
      [EMBED, null],
      [QWEN_F16, 'library-not-packaged'],
    ]);
  });
});
