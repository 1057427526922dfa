import { describe, expect, it } from 'vitest';
import { bitsPerWeight, buildCatalog, estimateDownloadMB, needsShaderF16 } from './model-catalog';
import { MODEL_TIER_SETTINGS } from './model-tier-settings';
import { DEBRIEF_MODEL, EMBED_MODEL, F16_MODEL, FAKE_RECORDS } from './test-support';

describe('model catalog', () => {
  it('reads bits per weight from the quantization code', () => {
    expect(bitsPerWeight('snowflake-arctic-embed-s-q0f32-MLC-b4')).toBe(32);
    expect(bitsPerWeight('SmolLM2-360M-Instruct-q0f16-MLC')).toBe(16);
    expect(bitsPerWeight('Qwen2.5-1.5B-Instruct-q4f16_1-MLC')).toBe(4.5);
    expect(bitsPerWeight('Llama-3.2-1B-Instruct-q4f32_1-MLC')).toBe(5);
    expect(bitsPerWeight('some-model')).toBeNull();
  });

  it('knows 16-bit models need shader-f16 even when web-llm does not say so', () => {
    expect(needsShaderF16('Qwen2.5-1.5B-Instruct-q4f16_1-MLC', { model_id: 'x' })).toBe(true);
    expect(needsShaderF16('SmolLM2-360M-Instruct-q0f16-MLC', undefined)).toBe(true);
    expect(needsShaderF16('Qwen2.5-1.5B-Instruct-q4f32_1-MLC', { model_id: 'x' })).toBe(false);
    expect(needsShaderF16('some-model', { model_id: 'x', required_features: ['shader-f16'] })).toBe(true);
  });

  it('estimates the download from parameters and quantization', () => {
    expect(estimateDownloadMB(EMBED_MODEL, 33)).toBe(Math.round((33e6 * 4) / 2 ** 20) + 6);
    expect(estimateDownloadMB(DEBRIEF_MODEL, 1544)).toBeGreaterThan(800);
    expect(estimateDownloadMB(DEBRIEF_MODEL, 1544)).toBeLessThan(900);
  });

  it('joins the seed choices with web-llm records, leaving out models web-llm does not know', () => {
    const catalog = buildCatalog(MODEL_TIER_SETTINGS.catalog, FAKE_RECORDS, new Set([EMBED_MODEL]));
    expect(catalog.map((entry) => entry.modelId)).toEqual([EMBED_MODEL, 'snowflake-arctic-embed-m-q0f32-MLC-b4', DEBRIEF_MODEL, F16_MODEL]);
    expect(catalog[0]).toMatchObject({ purpose: 'labels', vramMB: 239, cached: true, needsShaderF16: false, recommended: true });
    expect(catalog[2]).toMatchObject({ purpose: 'debrief', cached: false, lowResource: true, needsShaderF16: true });
    expect(catalog[3].needsShaderF16).toBe(true);
  });
});
