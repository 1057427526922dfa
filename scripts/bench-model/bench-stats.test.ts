import { describe, expect, it } from 'vitest';
import { labelQuality, percentile, summarizeLatency } from './bench-stats';

describe('model bench figures', () => {
  it('takes nearest-rank percentiles', () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 95)).toBe(10);
    expect(percentile([7], 95)).toBe(7);
    expect(Number.isNaN(percentile([], 50))).toBe(true);
    expect(summarizeLatency(values)).toEqual({ count: 10, p50: 5, p95: 10, mean: 5.5, max: 10 });
  });

  it('grades the fast labels and what the product shows with the model', () => {
    const quality = labelQuality(['a', 'b'], [
      { gold: 'a', fast: 'b', model: 'a' },
      { gold: 'b', fast: 'b', model: null },
      { gold: 'a', fast: 'a', model: null },
      { gold: 'b', fast: 'a', model: 'a' },
    ]);
    expect(quality.lines).toBe(4);
    expect(quality.modelCoverage).toBe(0.5);
    expect(quality.fastMacroF1).toBeCloseTo(0.5);
    expect(quality.combinedMacroF1).toBeCloseTo((0.8 + 2 / 3) / 2);
  });
});
