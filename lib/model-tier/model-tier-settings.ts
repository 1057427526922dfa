// The model tier's numbers and words, from seeds/model-tier/model-tier.json, validated once at load so a damaged
// seed fails loudly in tests instead of quietly in a call.
import { z } from 'zod';
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
  'load-failed',
  'inference-failed',
] as const;
export type ModelErrorKind = (typeof MODEL_ERROR_KINDS)[number];

const probability = z.number().min(0).max(1);
const positiveInt = z.number().int().positive();

const catalogChoiceSchema = z.object({
  modelId: z.string().min(1),
  purpose: z.enum(MODEL_PURPOSES),
  displayName: z.string().min(1),
  parametersMillions: z.number().positive(),
  recommended: z.boolean(),
  summary: z.string().min(1),
});

export const refinementSettingsSchema = z.object({
  refineBelowConfidence: probability,
  refineFinalLines: z.boolean(),
  minWords: z.number().int().nonnegative(),
  acceptAtConfidence: probability,
  queueCapacity: positiveInt,
  batchSize: positiveInt,
  maxEmbedChars: positiveInt,
  loadingRetryMs: positiveInt,
});

const modelTierSettingsSchema = z.object({
  catalog: z.array(catalogChoiceSchema).min(1),
  refinement: refinementSettingsSchema,
  idleUnloadMinutes: z.number().positive(),
  head: z.object({
    maxTrainingLinesPerLabel: positiveInt,
    epochs: positiveInt,
    learningRate: z.number().positive(),
    l2: z.number().nonnegative(),
    batchSize: positiveInt,
    seed: z.number().int(),
  }),
  debrief: z.object({
    maxPromptLines: positiveInt,
    maxPromptChars: positiveInt,
    linesAroundMoment: z.number().int().nonnegative(),
    maxTokens: positiveInt,
    temperature: z.number().min(0).max(2),
    maxWentWell: positiveInt,
    minQuoteWords: positiveInt,
    maxFieldChars: positiveInt,
  }),
  wording: z.object({
    errors: z.record(z.enum(MODEL_ERROR_KINDS), z.string().min(1)),
    status: z.object({ off: z.string(), loading: z.string(), ready: z.string(), enabledNotLoaded: z.string() }),
    debriefPrompt: z.object({
      system: z.string().min(1),
      wentWellTask: z.string().min(1),
      tryInsteadTask: z.string().min(1),
      opportunityLine: z.string().min(1),
      playbookHeading: z.string().min(1),
      transcriptHeading: z.string().min(1),
    }),
    debrief: z.object({ wentWellPoint: z.string().min(1), tryInstead: z.string().min(1) }),
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
