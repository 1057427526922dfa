import { describe, expect, it } from 'vitest';
import { evaluatePredictions, formatReport } from './metrics';

describe('evaluatePredictions', () => {
  it('computes the confusion matrix, per-class scores and macro-F1', () => {
    const report = evaluatePredictions(['a', 'b'], [0, 0, 1, 1], [0, 1, 1, 1]);
    expect(report.confusion).toEqual([[1, 1], [0, 2]]);
    expect(report.perClass[0]).toMatchObject({ precision: 1, recall: 0.5, support: 2 });
    expect(report.perClass[0].f1).toBeCloseTo(2 / 3, 9);
    expect(report.perClass[1].f1).toBeCloseTo(0.8, 9);
    expect(report.macroF1).toBeCloseTo((2 / 3 + 0.8) / 2, 9);
    expect(report.accuracy).toBe(0.75);
  });

  it('leaves classes absent from gold and predictions out of the macro average', () => {
    expect(evaluatePredictions(['a', 'b', 'c'], [0, 1], [0, 1]).macroF1).toBe(1);
  });

  it('formats a readable table', () => {
    const text = formatReport('acts', evaluatePredictions(['a', 'b'], [0, 1], [0, 0]));
    expect(text).toContain('acts: macro-F1');
    expect(text.split('\n').at(-2)).toMatch(/^a\s+1\s+0$/);
  });
});
