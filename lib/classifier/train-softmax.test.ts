import { describe, expect, it } from 'vitest';
import { argmax, predictProbabilities } from './linear-head';
import { createSeededRandom } from '../seeded-random';
import { DEFAULT_TRAINING_OPTIONS, trainSoftmax, type TrainingExample } from './train-softmax';

const LABELS = ['red', 'green', 'blue'] as const;

/** Three classes, each marked by its own feature, plus a shared noise feature that carries no signal. */
function separableSet(): TrainingExample[] {
  const examples: TrainingExample[] = [];
  for (let i = 0; i < 30; i++) {
    const label = i % 3;
    examples.push({ features: new Map([[`w:${LABELS[label]}`, 1], ['w:noise', 1], [`w:extra${i % 5}`, 0.5]]), label });
  }
  return examples;
}

const options = { ...DEFAULT_TRAINING_OPTIONS, labels: LABELS, minFeatureCount: 1 };

describe('trainSoftmax', () => {
  it('learns a tiny separable set', () => {
    const examples = separableSet();
    const head = trainSoftmax(examples, options);
    for (const example of examples) {
      const probabilities = predictProbabilities(head, example.features);
      expect(argmax(probabilities)).toBe(example.label);
      expect(probabilities[example.label]).toBeGreaterThan(0.8);
    }
  });

  it('gives probabilities that sum to one and ignores unknown features', () => {
    const head = trainSoftmax(separableSet(), options);
    const probabilities = predictProbabilities(head, new Map([['w:never-seen', 1]]));
    expect(probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it('is deterministic for a seed', () => {
    const first = trainSoftmax(separableSet(), options);
    const second = trainSoftmax(separableSet(), options);
    expect(Array.from(second.weights)).toEqual(Array.from(first.weights));
  });

  it('shrinks weights as the L2 penalty grows', () => {
    const norm = (l2: number) => trainSoftmax(separableSet(), { ...options, l2 }).weights.reduce((sum, w) => sum + w * w, 0);
    expect(norm(0.1)).toBeLessThan(norm(1e-5));
  });

  it('leaves rare lexical features out of the vocabulary but keeps cue features', () => {
    const examples: TrainingExample[] = [
      { features: new Map([['w:once', 1], ['q:mark', 1], ['w:twice', 1]]), label: 0 },
      { features: new Map([['w:twice', 1]]), label: 1 },
    ];
    const head = trainSoftmax(examples, { ...options, minFeatureCount: 2 });
    expect([...head.featureIndex.keys()].sort()).toEqual(['q:mark', 'w:twice']);
  });

  it('restricts the vocabulary when asked', () => {
    const head = trainSoftmax(separableSet(), { ...options, vocabulary: new Set(['w:red', 'w:green']) });
    expect([...head.featureIndex.keys()].sort()).toEqual(['w:green', 'w:red']);
  });
});

describe('seededRandom', () => {
  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = createSeededRandom(7);
    const b = createSeededRandom(7);
    const values = Array.from({ length: 100 }, () => a());
    expect(values).toEqual(Array.from({ length: 100 }, () => b()));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(new Set(values).size).toBe(100);
  });
});
