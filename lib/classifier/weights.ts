// The shipped weights file: one linear softmax head per speaker role and one for the call type, quantized to int8
// so the model stays small enough to hand to the content script. Parsed with zod because it is a file crossing a boundary.
import { z } from 'zod/mini';
import { CALL_TYPES, OBJECTION_CATEGORIES, REP_ACTS } from '../types';
import { REPLY_LABELS } from './reply-features';

export const WEIGHTS_FORMAT_VERSION = 1;

/** Largest magnitude an int8 weight may take; the sign bit leaves 127 steps on each side. */
export const QUANT_MAX = 127;

const headSchema = (expectedLabels: readonly string[]) =>
  z
    .object({
      /** Must equal the label list of lib/types.ts in order: the columns are read by position. */
      labels: z.array(z.string()).check(
        z.refine((labels) => labels.join(',') === expectedLabels.join(','), {
          message: `labels must be exactly [${expectedLabels.join(', ')}]`,
        }),
      ),
      /** Feature names, sorted; row i of `weights` belongs to features[i]. */
      features: z.array(z.string().check(z.minLength(1))),
      /** Dequantized weight = int * scale; z.number() refuses NaN and ±Infinity itself. */
      scale: z.number().check(z.positive()),
      /** Row-major int8 weights: features.length rows × labels.length columns. */
      weights: z.array(z.int().check(z.minimum(-QUANT_MAX), z.maximum(QUANT_MAX))),
      bias: z.array(z.number()),
    })
    .check(
      z.superRefine((head, ctx) => {
        const columns = head.labels.length;
        if (head.weights.length !== head.features.length * columns) {
          ctx.addIssue({
            code: 'custom',
            path: ['weights'],
            message: `expected ${head.features.length} features × ${columns} labels = ${head.features.length * columns} weights, got ${head.weights.length}`,
          });
        }
        if (head.bias.length !== columns) {
          ctx.addIssue({ code: 'custom', path: ['bias'], message: `expected ${columns} biases, got ${head.bias.length}` });
        }
        if (new Set(head.features).size !== head.features.length) {
          ctx.addIssue({ code: 'custom', path: ['features'], message: 'feature names must be unique' });
        }
      }),
    );

export const classifierWeightsSchema = z.object({
  format: z.literal(WEIGHTS_FORMAT_VERSION),
  rep: headSchema(REP_ACTS),
  buyer: headSchema(OBJECTION_CATEGORIES),
  /** The call type read from the call's opening (lib/classifier/opening-features.ts); files before it have none. */
  callType: z.optional(headSchema(CALL_TYPES)),
  /** Whether the buyer turn before a rep's reply was pushback, read from the reply (lib/classifier/reply-features.ts); files before it have none. */
  reply: z.optional(headSchema(REPLY_LABELS)),
  /** How the weights were produced, for the eval report; never read by the classifier itself. */
  meta: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
});

export type ClassifierWeights = z.infer<typeof classifierWeightsSchema>;
export type HeadWeights = ClassifierWeights['rep'] | ClassifierWeights['buyer'];

export class ClassifierWeightsError extends Error {
  override name = 'ClassifierWeightsError';
}

/** Validates an untrusted weights object; throws ClassifierWeightsError naming the first few problems. */
export function parseClassifierWeights(input: unknown): ClassifierWeights {
  const result = classifierWeightsSchema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
  throw new ClassifierWeightsError(`invalid classifier weights: ${problems}`);
}
