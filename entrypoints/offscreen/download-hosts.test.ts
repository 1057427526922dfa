import { prebuiltAppConfig } from '@mlc-ai/web-llm';
import { describe, expect, it } from 'vitest';
import { isModelDownloadUrl, MODEL_DOWNLOAD_HOSTS } from '../../lib/model-tier/download-hosts';
import { MODEL_TIER_SETTINGS } from '../../lib/model-tier/model-tier-settings';

describe('model download hosts', () => {
  it('cover every file of every model the options page offers, per web-llm’s prebuilt list', () => {
    const offered = MODEL_TIER_SETTINGS.catalog.map((choice) => choice.modelId);
    expect(offered.length).toBeGreaterThan(0);
    for (const modelId of offered) {
      const record = prebuiltAppConfig.model_list.find((model) => model.model_id === modelId);
      expect(record, modelId).toBeDefined();
      expect(isModelDownloadUrl(record!.model), record!.model).toBe(true);
      expect(isModelDownloadUrl(record!.model_lib), record!.model_lib).toBe(true);
    }
  });

  it('refuse anything else', () => {
    expect(isModelDownloadUrl('https://evil.example/huggingface.co/x')).toBe(false);
    expect(isModelDownloadUrl('http://huggingface.co/x')).toBe(false);
    expect(MODEL_DOWNLOAD_HOSTS).toHaveLength(2);
  });
});
