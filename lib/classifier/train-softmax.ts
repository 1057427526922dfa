// Multinomial logistic regression (softmax + L2) trained with mini-batch AdaGrad. Deterministic: the only
// randomness is the example order, drawn from a seeded generator.
import type { FeatureVector } from './features';
import { softmaxInPlace, type LinearHead } from './linear-head';
import { createSeededRandom, shuffleInPlace } from '../seeded-random';

export interface TrainingExample {
  features: FeatureVector;
  /** Column of the true label in `labels`. */
  label: number;
}

export interface SoftmaxTrainingOptions {
  labels: readonly string[];
  /** L2 penalty λ in  mean(weighted cross-entropy) + λ/2 · ‖W‖². */
  l2: number;
  epochs: number;
  learningRate: number;
  batchSize: number;
  seed: number;
  /** Features seen in fewer training lines are left out of the vocabulary (cue features always stay). */
  minFeatureCount: number;
  /** Weight each class inversely to its frequency, so macro-F1 does not sacrifice the rare classes. */
  balanceClasses: boolean;
  /** When given, only these features enter the vocabulary (used to retrain after pruning). */
  vocabulary?: ReadonlySet<string>;
}

export const DEFAULT_TRAINING_OPTIONS: Omit<SoftmaxTrainingOptions, 'labels'> = {
  l2: 1e-4,
  epochs: 25,
  learningRate: 0.5,
  batchSize: 32,
  seed: 20240611,
  minFeatureCount: 2,
  balanceClasses: true,
};

const ADAGRAD_EPSILON = 1e-8;

export function trainSoftmax(examples: TrainingExample[], options: SoftmaxTrainingOptions): LinearHead {
  const columns = options.labels.length;
  const featureIndex = buildVocabulary(examples, options.minFeatureCount, options.vocabulary);
  const rows = featureIndex.size;
  const weights = new Float64Array(rows * columns);
  const bias = new Float64Array(columns);
  const weightSquares = new Float64Array(rows * columns);
  const biasSquares = new Float64Array(columns);
  const classWeights = computeClassWeights(examples, columns, options.balanceClasses);
  const encoded = examples.map((example) => encode(example, featureIndex));
  const random = createSeededRandom(options.seed);
  const order = encoded.map((_, i) => i);
  const weightGradient = new Float64Array(rows * columns);
  const biasGradient = new Float64Array(columns);
  const scores = new Float64Array(columns);

  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffleInPlace(order, random);
    for (let start = 0; start < order.length; start += options.batchSize) {
      const batch = order.slice(start, start + options.batchSize);
      weightGradient.fill(0);
      biasGradient.fill(0);
      for (const index of batch) {
        const { rowsOfFeatures, values, label } = encoded[index];
        scores.set(bias);
        for (let k = 0; k < rowsOfFeatures.length; k++) {
          const offset = rowsOfFeatures[k] * columns;
          for (let c = 0; c < columns; c++) scores[c] += weights[offset + c] * values[k];
        }
        softmaxInPlace(scores);
        const exampleWeight = classWeights[label] / batch.length;
        for (let c = 0; c < columns; c++) {
          const error = (scores[c] - (c === label ? 1 : 0)) * exampleWeight;
          biasGradient[c] += error;
          for (let k = 0; k < rowsOfFeatures.length; k++) weightGradient[rowsOfFeatures[k] * columns + c] += error * values[k];
        }
      }
      for (let i = 0; i < weights.length; i++) {
        const gradient = weightGradient[i] + options.l2 * weights[i];
        if (gradient === 0) continue;
        weightSquares[i] += gradient * gradient;
        weights[i] -= (options.learningRate * gradient) / Math.sqrt(weightSquares[i] + ADAGRAD_EPSILON);
      }
      for (let c = 0; c < columns; c++) {
        biasSquares[c] += biasGradient[c] * biasGradient[c];
        bias[c] -= (options.learningRate * biasGradient[c]) / Math.sqrt(biasSquares[c] + ADAGRAD_EPSILON);
      }
    }
  }
  return { labels: options.labels, featureIndex, weights, bias };
}

function buildVocabulary(
  examples: TrainingExample[],
  minFeatureCount: number,
  allowed: ReadonlySet<string> | undefined,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { features } of examples) {
    for (const name of features.keys()) if (!allowed || allowed.has(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const names = [...counts.entries()]
    .filter(([name, count]) => count >= minFeatureCount || !isLexical(name))
    .map(([name]) => name)
    .sort();
  return new Map(names.map((name, row) => [name, row]));
}

/** Word and character features are pruned by frequency; hand-made cue features are few and always kept. */
function isLexical(name: string): boolean {
  return name.startsWith('w:') || name.startsWith('b:') || name.startsWith('c:');
}

function computeClassWeights(examples: TrainingExample[], columns: number, balance: boolean): Float64Array {
  const weights = new Float64Array(columns).fill(1);
  if (!balance) return weights;
  const counts = new Float64Array(columns);
  for (const { label } of examples) counts[label]++;
  for (let c = 0; c < columns; c++) weights[c] = counts[c] > 0 ? examples.length / (columns * counts[c]) : 0;
  return weights;
}

function encode(example: TrainingExample, featureIndex: Map<string, number>) {
  const rowsOfFeatures: number[] = [];
  const values: number[] = [];
  for (const [name, value] of example.features) {
    const row = featureIndex.get(name);
    if (row === undefined) continue;
    rowsOfFeatures.push(row);
    values.push(value);
  }
  return { rowsOfFeatures, values, label: example.label };
}
