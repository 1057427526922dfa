import { describe, expect, it } from 'vitest';
import { shouldRefine, wordCount } from './line-selection';
import { MODEL_TIER_SETTINGS } from './model-tier-settings';

const settings = { ...MODEL_TIER_SETTINGS.refinement, refineBelowConfidence: 0.7, minWords: 2, refineFinalLines: true };
const fast = (confidence: number) => ({ role: 'rep' as const, act: 'other' as const, confidence, tier: 'fast' as const });

describe('which lines the model refines', () => {
  it('takes unsure live lines and every final line, not sure live lines', () => {
    expect(shouldRefine({ text: 'where does it break', final: false, label: fast(0.5) }, settings)).toBe(true);
    expect(shouldRefine({ text: 'where does it break', final: false, label: fast(0.9) }, settings)).toBe(false);
    expect(shouldRefine({ text: 'where does it break', final: true, label: fast(0.9) }, settings)).toBe(true);
    expect(shouldRefine({ text: 'where does it break', final: true, label: fast(0.9) }, { ...settings, refineFinalLines: false })).toBe(false);
  });

  it('skips back-channels and lines the model already labelled', () => {
    expect(shouldRefine({ text: 'mm-hmm', final: true, label: fast(0.2) }, settings)).toBe(false);
    expect(shouldRefine({ text: 'where does it break', final: true, label: { ...fast(0.2), tier: 'model' } }, settings)).toBe(false);
    expect(wordCount('  two  words ')).toBe(2);
    expect(wordCount('')).toBe(0);
  });
});
