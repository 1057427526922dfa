// A linear softmax head over sparse named features, in float form (for training and scoring) and its
// conversion to and from the compact int8 form stored in the weights file.
import type { FeatureVector } from './features';
import { QUANT_MAX, type HeadWeights } from './weights';

export interface LinearHead {
  labels: readonly string[];
  /** Feature name → row index into `weights`. */
  featureIndex: Map<string, number>;
  /** Row-major: featureIndex.size rows × labels.length columns. */
  weights: Float64Array;
  bias: Float64Array;
}

/** Class probabilities (softmax over the linear scores), in label order. */
export function predictProbabilities(head: LinearHead, features: FeatureVector): Float64Array {
  const columns = head.labels.length;
  const scores = Float64Array.from(head.bias);
  for (const [name, value] of features) {
    const row = head.featureIndex.get(name);
    if (row === undefined) continue;
    const offset = row * columns;
    for (let c = 0; c < columns; c++) scores[c] += head.weights[offset + c] * value;
  }
  return softmaxInPlace(scores);
}

export function softmaxInPlace(scores: Float64Array): Float64Array {
  let max = -Infinity;
  for (const score of scores) if (score > max) max = score;
  let sum = 0;
  for (let c = 0; c < scores.length; c++) {
    scores[c] = Math.exp(scores[c] - max);
    sum += scores[c];
  }
  for (let c = 0; c < scores.length; c++) scores[c] /= sum;
  return scores;
}

export function argmax(values: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
  return best;
}

export function headFromWeights(stored: HeadWeights): LinearHead {
  const featureIndex = new Map<string, number>();
  stored.features.forEach((name, row) => featureIndex.set(name, row));
  return {
    labels: stored.labels,
    featureIndex,
    weights: Float64Array.from(stored.weights, (q) => q * stored.scale),
    bias: Float64Array.from(stored.bias),
  };
}

/**
 * Drops features whose largest weight is below `pruneBelow` (they barely move any score), sorts the rest by
 * name so the file compresses well, and rounds weights to int8 steps of one shared scale.
 */
export function quantizeHead(head: LinearHead, pruneBelow: number): HeadWeights {
  const columns = head.labels.length;
  let largest = 0;
  for (const w of head.weights) largest = Math.max(largest, Math.abs(w));
  const scale = largest > 0 ? largest / QUANT_MAX : 1;
  const kept = [...head.featureIndex.entries()]
    .filter(([, row]) => rowMagnitude(head, row) >= Math.max(pruneBelow, scale / 2))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const weights: number[] = [];
  for (const [, row] of kept) {
    for (let c = 0; c < columns; c++) weights.push(Math.round(head.weights[row * columns + c] / scale) || 0);
  }
  return {
    labels: [...head.labels],
    features: kept.map(([name]) => name),
    scale: Number(scale.toPrecision(8)),
    weights,
    bias: Array.from(head.bias, (b) => Number(b.toFixed(5))),
  };
}

function rowMagnitude(head: LinearHead, row: number): number {
  const columns = head.labels.length;
  let magnitude = 0;
  for (let c = 0; c < columns; c++) magnitude = Math.max(magnitude, Math.abs(head.weights[row * columns + c]));
  return magnitude;
}
