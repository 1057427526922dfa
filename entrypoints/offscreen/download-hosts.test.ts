import { prebuiltAppConfig } from '@mlc-ai/web-llm';
import { describe, expect, it } from 'vitest';
import { isModelDownloadUrl, MODEL_DOWNLOAD_HOSTS, modelDownloadHosts } from '../../lib/model-tier/download-hosts';
import { MODEL_TIER_SETTINGS } from '../../lib/model-tier/model-tier-settings';
import { withPackagedModelLibraries, type PackagedModelLibraries } from '../../lib/model-tier/packaged-model-libraries';

const offered = MODEL_TIER_SETTINGS.catalog.map((choice) => choice.modelId);
const offeredRecords = () => prebuiltAppConfig.model_list.filter((record) => offered.includes(record.model_id));

describe('model download hosts', () => {
  it('cover every file of every model the options page offers, per web-llm’s prebuilt list', () => {
    expect(offered.length).toBeGreaterThan(0);
    expect(offeredRecords()).toHaveLength(offered.length);
    for (const record of offeredRecords()) {
      expect(isModelDownloadUrl(record.model), record.model).toBe(true);
      expect(isModelDownloadUrl(record.model_lib), record.model_lib).toBe(true);
    }
  });

  it('in a store build, are the weights’ host only: every library a model may load comes from the package', () => {
    expect(modelDownloadHosts('packaged-only')).toEqual(['huggingface.co']);
    const packaged: PackagedModelLibraries = {
      version: 1,
      libraries: offeredRecords()
        .slice(0, 2)
        .map((record) => ({ modelId: record.model_id, file: 'lib.wasm', integrity: `sha256-${'A'.repeat(43)}=`, source: record.model_lib })),
    };
    const records = withPackagedModelLibraries(offeredRecords(), packaged, (path) => `chrome-extension://id/${path}`, 'packaged-only');
    for (const record of records) {
      expect(isModelDownloadUrl(record.model, 'packaged-only'), record.model).toBe(true);
      if (!record.unavailable) expect(record.model_lib).toBe('chrome-extension://id/model-libs/lib.wasm');
      else expect(isModelDownloadUrl(record.model_lib, 'packaged-only'), record.model_lib).toBe(false);
    }
    expect(records.filter((record) => !record.unavailable)).toHaveLength(2);
  });

  it('refuse anything else', () => {
    expect(isModelDownloadUrl('https://evil.example/huggingface.co/x')).toBe(false);
    expect(isModelDownloadUrl('http://huggingface.co/x')).toBe(false);
    expect(MODEL_DOWNLOAD_HOSTS).toEqual(['huggingface.co', 'raw.githubusercontent.com']);
  });
});
