import { describe, expect, it } from 'vitest';
import { OBJECTION_CATEGORIES, REP_ACTS } from '../types';
import { createClassifier } from './index';
import { headFromWeights, quantizeHead, type LinearHead } from './linear-head';
import { ClassifierWeightsError, parseClassifierWeights, type ClassifierWeights } from './weights';

function floatHead(labels: readonly string[], features: string[], seed: number): LinearHead {
  const weights = Float64Array.from({ length: features.length * labels.length }, (_, i) => Math.sin(seed + i * 1.7) * 2);
  return {
    labels,
    featureIndex: new Map(features.map((name, row) => [name, row])),
    weights,
    bias: Float64Array.from(labels, (_, c) => c * 0.1),
  };
}

function sampleWeights(): ClassifierWeights {
  return {
    format: 1,
    rep: quantizeHead(floatHead(REP_ACTS, ['w:what', 'w:how', 'q:mark', 'c:<ho'], 1), 0),
    buyer: quantizeHead(floatHead(OBJECTION_CATEGORIES, ['w:price', 'w:later'], 2), 0),
  };
}

describe('weights (de)serialization', () => {
  it('survives a JSON round trip and dequantizes within half a quantization step', () => {
    const original = floatHead(REP_ACTS, ['w:b', 'w:a', 'w:c'], 3);
    const stored = quantizeHead(original, 0);
    expect(stored.features).toEqual(['w:a', 'w:b', 'w:c']);
    const parsed = parseClassifierWeights(JSON.parse(JSON.stringify({ ...sampleWeights(), rep: stored })));
    const restored = headFromWeights(parsed.rep);
    for (const [name, row] of original.featureIndex) {
      const restoredRow = restored.featureIndex.get(name)!;
      for (let c = 0; c < REP_ACTS.length; c++) {
        const before = original.weights[row * REP_ACTS.length + c];
        const after = restored.weights[restoredRow * REP_ACTS.length + c];
        expect(Math.abs(before - after)).toBeLessThanOrEqual(stored.scale / 2 + 1e-9);
      }
    }
  });

  it('stores int8 weights and prunes rows whose weights are all tiny', () => {
    const head = floatHead(OBJECTION_CATEGORIES, ['w:big', 'w:tiny'], 0);
    head.weights.fill(0.001, OBJECTION_CATEGORIES.length);
    const stored = quantizeHead(head, 0.01);
    expect(stored.features).toEqual(['w:big']);
    expect(stored.weights.every((w) => Number.isInteger(w) && Math.abs(w) <= 127)).toBe(true);
  });

  it('builds a working classifier from parsed weights', () => {
    const classifier = createClassifier(parseClassifierWeights(JSON.parse(JSON.stringify(sampleWeights()))));
    const prediction = classifier.classifyBuyer('the price is high');
    expect(OBJECTION_CATEGORIES).toContain(prediction.objection);
    expect(Object.values(prediction.scores).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(prediction.confidence).toBe(prediction.scores[prediction.objection]);
  });
});

describe('weights validation', () => {
  it('rejects a file whose weight count does not match its features, with a clear message', () => {
    const corrupt = sampleWeights();
    corrupt.rep.weights = corrupt.rep.weights.slice(1);
    expect(() => parseClassifierWeights(corrupt)).toThrow(ClassifierWeightsError);
    expect(() => parseClassifierWeights(corrupt)).toThrow(/rep\.weights: expected 4 features × 6 labels = 24 weights, got 23/);
  });

  it('rejects wrong labels, out-of-range weights and non-objects', () => {
    const wrongLabels = sampleWeights();
    wrongLabels.buyer.labels = ['budget', 'timing', 'none', 'competition'];
    expect(() => parseClassifierWeights(wrongLabels)).toThrow(/buyer\.labels: labels must be exactly \[budget, timing, competition, none\]/);
    const outOfRange = sampleWeights();
    outOfRange.buyer.weights[0] = 300;
    expect(() => parseClassifierWeights(outOfRange)).toThrow(/buyer\.weights\.0/);
    expect(() => parseClassifierWeights('not weights')).toThrow(/invalid classifier weights: \(root\)/);
    expect(() => createClassifier({} as ClassifierWeights)).toThrow(ClassifierWeightsError);
  });
});
