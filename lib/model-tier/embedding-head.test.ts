import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../seeded-random';
import { bestLabel, fitDenseHead, normalizeVector, predictDense, type DenseExample } from './embedding-head';
import { MODEL_TIER_SETTINGS } from './model-tier-settings';

const options = MODEL_TIER_SETTINGS.head;

/** Three noisy clusters around different directions in 8 dimensions, one of them rare. */
function clusters(seed: number, perClass: number[]): DenseExample[] {
  const random = createSeededRandom(seed);
  const centers = [
    [1, 0, 0, 0, 0.2, 0, 0, 0],
    [0, 1, 0, 0, 0, 0.2, 0, 0],
    [0, 0, 1, 0, 0, 0, 0.2, 0],
  ];
  return perClass.flatMap((count, label) =>
    Array.from({ length: count }, () => ({ vector: centers[label].map((value) => value + (random() - 0.5) * 0.8), label })),
  );
}

describe('dense softmax head', () => {
  it('learns separable classes, the rare one included', () => {
    const head = fitDenseHead(clusters(1, [200, 200, 15]), ['a', 'b', 'c'], options);
    const test = clusters(2, [50, 50, 50]);
    const correct = test.filter((example) => bestLabel(head, example.vector).label === ['a', 'b', 'c'][example.label]).length;
    expect(correct / test.length).toBeGreaterThan(0.9);
    const rare = test.filter((example) => example.label === 2);
    expect(rare.filter((example) => bestLabel(head, example.vector).label === 'c').length / rare.length).toBeGreaterThan(0.8);
  });

  it('is deterministic for a seed', () => {
    const data = clusters(3, [40, 40, 40]);
    const first = fitDenseHead(data, ['a', 'b', 'c'], options);
    const second = fitDenseHead(data, ['a', 'b', 'c'], options);
    expect(Array.from(first.weights)).toEqual(Array.from(second.weights));
    const other = fitDenseHead(data, ['a', 'b', 'c'], { ...options, seed: options.seed + 1 });
    expect(Array.from(other.weights)).not.toEqual(Array.from(first.weights));
  });

  it('gives probabilities that sum to one, independent of the vector length', () => {
    const head = fitDenseHead(clusters(4, [30, 30, 30]), ['a', 'b', 'c'], options);
    const vector = [0.9, 0.1, 0, 0, 0.1, 0, 0, 0];
    const probabilities = predictDense(head, vector);
    expect(probabilities.reduce((sum, p) => sum + p, 0)).toBeCloseTo(1, 10);
    expect(Array.from(predictDense(head, vector.map((value) => value * 7)))).toEqual(Array.from(probabilities));
    expect(normalizeVector([3, 4])).toEqual(Float64Array.from([0.6, 0.8]));
  });

  it('refuses vectors of another size and an empty training set', () => {
    const head = fitDenseHead(clusters(5, [10, 10, 10]), ['a', 'b', 'c'], options);
    expect(() => predictDense(head, [1, 2, 3])).toThrow(/differs/);
    expect(() => fitDenseHead([], ['a'], options)).toThrow(/without examples/);
    expect(() => fitDenseHead([{ vector: [1, 0], label: 0 }, { vector: [1], label: 0 }], ['a'], options)).toThrow(/differs/);
  });
});
