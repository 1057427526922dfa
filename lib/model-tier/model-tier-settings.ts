// The model tier's numbers and words, from seeds/model-tier/model-tier.json, validated once at load so a damaged
// seed fails loudly in tests instead of quietly in a call.
import { z } from 'zod/mini';
import { nonEmptyText, nonNegativeInt, nonNegativeNumber, positiveInt, positiveNumber, unitInterval } from '../schema-parts';
import seed from '../../seeds/model-tier/model-tier.json';

export const MODEL_PURPOSES = ['labels', 'debrief'] as const;
export type ModelPurpose = (typeof MODEL_PURPOSES)[number];

export const MODEL_ERROR_KINDS = [
  'unsupported-browser',
  'no-webgpu',
  'no-shader-f16',
  'network',
  'storage-full',
  'out-of-memory',
  'device-lost',
  'not-downloaded',
  'unknown-model',
  'library-not-packaged',
  'load-failed',
  'inference-failed',
] as const;
export type ModelErrorKind = (typeof MODEL_ERROR_KINDS)[number];

const probability = unitInterval;
const text = nonEmptyText;

const catalogChoiceSchema = z.object({
  modelId: text,
  purpose: z.enum(MODEL_PURPOSES),
  displayName: text,
  parametersMillions: positiveNumber,
  recommended: z.boolean(),
  summary: text,
});

export const refinementSettingsSchema = z.object({
  refineBelowConfidence: probability,
  refineFinalLines: z.boolean(),
  minWords: nonNegativeInt,
  acceptAtConfidence: probability,
  queueCapacity: positiveInt,
  batchSize: positiveInt,
  maxEmbedChars: positiveInt,
  loadingRetryMs: positiveInt,
});

const modelTierSettingsSchema = z.object({
  catalog: z.array(catalogChoiceSchema).check(z.minLength(1)),
  refinement: refinementSettingsSchema,
  idleUnloadMinutes: positiveNumber,
  head: z.object({
    maxTrainingLinesPerLabel: positiveInt,
    epochs: positiveInt,
    learningRate: positiveNumber,
    l2: nonNegativeNumber,
    batchSize: positiveInt,
    seed: z.int(),
  }),
  debrief: z.object({
    maxPromptLines: positiveInt,
    maxPromptChars: positiveInt,
    linesAroundMoment: nonNegativeInt,
    maxTokens: positiveInt,
    temperature: z.number().check(z.minimum(0), z.maximum(2)),
    maxWentWell: positiveInt,
    minQuoteWords: positiveInt,
    maxFieldChars: positiveInt,
    /** How long a finished call's report waits for the model's debrief before the template one stands for good. */
    writeWaitMs: positiveInt,
  }),
  wording: z.object({
    errors: z.record(z.enum(MODEL_ERROR_KINDS), text),
    status: z.object({ off: z.string(), loading: z.string(), ready: z.string(), enabledNotLoaded: z.string() }),
    debriefPrompt: z.object({
      system: text,
      wentWellTask: text,
      tryInsteadTask: text,
      opportunityLine: text,
      playbookHeading: text,
      transcriptHeading: text,
    }),
    debrief: z.object({ wentWellPoint: text, tryInstead: text }),
  }),
});

export type CatalogChoice = z.infer<typeof catalogChoiceSchema>;
export type RefinementSettings = z.infer<typeof refinementSettingsSchema>;
export type ModelTierSettings = z.infer<typeof modelTierSettingsSchema>;
export type HeadSettings = ModelTierSettings['head'];
export type DebriefPromptSettings = ModelTierSettings['debrief'];

export function parseModelTierSettings(raw: unknown): ModelTierSettings {
  return modelTierSettingsSchema.parse(raw);
}

export const MODEL_TIER_SETTINGS: ModelTierSettings = parseModelTierSettings(seed);
