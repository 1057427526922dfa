// A dense softmax head over sentence embeddings, fitted in the browser on the seed corpus: multinomial logistic
// regression with L2, mini-batch AdaGrad, classes weighted inversely to their frequency (macro-F1 is the grade),
// and a seeded example order so the same corpus and embeddings always give the same head.
import { argmax, softmaxInPlace } from '../classifier/linear-head';
import { createSeededRandom, shuffleInPlace } from '../seeded-random';
import type { HeadSettings } from './model-tier-settings';

export interface DenseExample {
  vector: ArrayLike<number>;
  /** Column of the true label. */
  label: number;
}

export interface DenseHead {
  labels: readonly string[];
  dims: number;
  /** Row-major: dims rows × labels.length columns. */
  weights: Float64Array;
  bias: Float64Array;
}

const ADAGRAD_EPSILON = 1e-8;

/** Unit length, so the head sees direction only (embedding norms vary with line length). */
export function normalizeVector(vector: ArrayLike<number>): Float64Array {
  const out = Float64Array.from(vector);
  let norm = 0;
  for (const value of out) norm += value * value;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < out.length; i++) out[i] /= norm;
  return out;
}

export function fitDenseHead(examples: readonly DenseExample[], labels: readonly string[], options: Omit<HeadSettings, 'maxTrainingLinesPerLabel'>): DenseHead {
  if (examples.length === 0) throw new Error('cannot fit a head without examples');
  const dims = examples[0].vector.length;
  const columns = labels.length;
  const vectors = examples.map((example) => {
    if (example.vector.length !== dims) throw new Error(`embedding size ${example.vector.length} differs from ${dims}`);
    return normalizeVector(example.vector);
  });
  const classWeights = balancedClassWeights(examples, columns);
  const weights = new Float64Array(dims * columns);
  const bias = new Float64Array(columns);
  const weightSquares = new Float64Array(dims * columns);
  const biasSquares = new Float64Array(columns);
  const weightGradient = new Float64Array(dims * columns);
  const biasGradient = new Float64Array(columns);
  const scores = new Float64Array(columns);
  const random = createSeededRandom(options.seed);
  const order = examples.map((_, index) => index);

  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffleInPlace(order, random);
    for (let start = 0; start < order.length; start += options.batchSize) {
      const batch = order.slice(start, start + options.batchSize);
      weightGradient.fill(0);
      biasGradient.fill(0);
      for (const index of batch) {
        const vector = vectors[index];
        scoreInto(scores, weights, bias, vector, columns);
        softmaxInPlace(scores);
        const label = examples[index].label;
        const exampleWeight = classWeights[label] / batch.length;
        for (let c = 0; c < columns; c++) {
          const error = (scores[c] - (c === label ? 1 : 0)) * exampleWeight;
          biasGradient[c] += error;
          for (let d = 0; d < dims; d++) weightGradient[d * columns + c] += error * vector[d];
        }
      }
      for (let i = 0; i < weights.length; i++) {
        const gradient = weightGradient[i] + options.l2 * weights[i];
        weightSquares[i] += gradient * gradient;
        weights[i] -= (options.learningRate * gradient) / Math.sqrt(weightSquares[i] + ADAGRAD_EPSILON);
      }
      for (let c = 0; c < columns; c++) {
        biasSquares[c] += biasGradient[c] * biasGradient[c];
        bias[c] -= (options.learningRate * biasGradient[c]) / Math.sqrt(biasSquares[c] + ADAGRAD_EPSILON);
      }
    }
  }
  return { labels, dims, weights, bias };
}

/** Class probabilities in label order. */
export function predictDense(head: DenseHead, vector: ArrayLike<number>): Float64Array {
  if (vector.length !== head.dims) throw new Error(`embedding size ${vector.length} differs from the head's ${head.dims}`);
  const scores = new Float64Array(head.labels.length);
  scoreInto(scores, head.weights, head.bias, normalizeVector(vector), head.labels.length);
  return softmaxInPlace(scores);
}

export function bestLabel(head: DenseHead, vector: ArrayLike<number>): { label: string; confidence: number } {
  const probabilities = predictDense(head, vector);
  const best = argmax(probabilities);
  return { label: head.labels[best], confidence: probabilities[best] };
}

function scoreInto(scores: Float64Array, weights: Float64Array, bias: Float64Array, vector: Float64Array, columns: number) {
  scores.set(bias);
  for (let d = 0; d < vector.length; d++) {
    const value = vector[d];
    if (value === 0) continue;
    const offset = d * columns;
    for (let c = 0; c < columns; c++) scores[c] += weights[offset + c] * value;
  }
}

function balancedClassWeights(examples: readonly DenseExample[], columns: number): Float64Array {
  const counts = new Float64Array(columns);
  for (const { label } of examples) counts[label]++;
  return counts.map((count) => (count > 0 ? examples.length / (columns * count) : 0));
}
