// Messages of the model tier. Three hops, each parsed on arrival:
//  - `model-tier` requests: options page, popup, content script (refine only) → background;
//  - `model-home` requests: background → the offscreen document that hosts the engine (the background resolves
//    which model is enabled, so the home keeps no user intent);
//  - `model-tier-event`: the home → every extension page, as loading progresses or the engine state changes.
// This module is imported by the content script: it must never import web-llm.
import { z } from 'zod/mini';
import { boundedId, nonNegativeNumber, positiveInt, textUpTo, unitInterval } from '../schema-parts';
import { evidenceSchema, MAX_CAPTION_CHARS, utteranceLabelSchema } from '../messages';
import { MODEL_ERROR_KINDS, MODEL_PURPOSES } from './model-tier-settings';

export const MODEL_TIER_CHANNEL = 'model-tier';
export const MODEL_HOME_CHANNEL = 'model-home';
export const MODEL_EVENT_CHANNEL = 'model-tier-event';

/** More lines than this in one refine request is a bug or an attack, not a call. */
export const MAX_REFINE_LINES = 16;
export const MAX_DEBRIEF_LINES = 5_000;

const id = boundedId;
const modelId = id;
const shortText = textUpTo(2_000);
const nonnegative = nonNegativeNumber;

export const gpuReportSchema = z.object({ webgpu: z.boolean(), shaderF16: z.boolean(), adapter: z.nullable(textUpTo(300)) });

export const modelErrorInfoSchema = z.object({
  kind: z.enum(MODEL_ERROR_KINDS),
  /** The plain sentence for the rep. */
  message: shortText,
  modelId: z.nullable(modelId),
});

/** What the engine's home knows: the GPU, what is loaded, what is loading, the last failure. */
export const homeStatusSchema = z.object({
  gpu: z.nullable(gpuReportSchema),
  loaded: z.array(modelId).check(z.maxLength(10)),
  loading: z.nullable(z.object({ modelId, fraction: unitInterval, text: shortText })),
  error: z.nullable(modelErrorInfoSchema),
  /** How long the last successful load took, for the bench and the options page. */
  lastLoad: z.nullable(z.object({ modelId, ms: nonnegative })),
});

export const enabledModelsSchema = z.object({ labels: z.nullable(modelId), debrief: z.nullable(modelId) });

/** The whole picture for the options page: the home's status plus what the rep switched on. */
export const modelTierStatusSchema = z.extend(homeStatusSchema, {
  /** False where the browser cannot host the engine (no offscreen documents, e.g. Firefox). */
  supported: z.boolean(),
  enabled: enabledModelsSchema,
});

export const catalogEntrySchema = z.object({
  modelId,
  purpose: z.enum(MODEL_PURPOSES),
  displayName: textUpTo(200),
  summary: shortText,
  /** Estimated from parameter count and quantization: web-llm's list carries no file sizes. */
  downloadMB: nonnegative,
  vramMB: nonnegative,
  needsShaderF16: z.boolean(),
  lowResource: z.boolean(),
  recommended: z.boolean(),
  cached: z.boolean(),
  /** Why this build cannot load the model (e.g. its library is not in a store build's package); null when it can. */
  unavailable: z.nullable(z.enum(MODEL_ERROR_KINDS)),
});

export const refineLineSchema = z.object({
  utteranceId: id,
  role: z.enum(['rep', 'buyer']),
  text: textUpTo(MAX_CAPTION_CHARS),
});

export const labeledUtteranceSchema = z.object({
  id,
  speaker: textUpTo(500),
  role: z.enum(['rep', 'buyer']),
  text: textUpTo(MAX_CAPTION_CHARS),
  startSec: nonnegative,
  endSec: nonnegative,
  label: utteranceLabelSchema,
});

const evidenceList = z.array(evidenceSchema).check(z.maxLength(50));
/** Which debrief rule wrote a point and what it rests on (lib/engine/debrief-grounding.ts); the store keeps it too. */
const debriefGroundingSchema = z.object({ key: textUpTo(100), quoted: z.optional(evidenceSchema), asksFor: z.optional(textUpTo(100)) });
const debriefPointSchema = z.object({ atSec: z.number(), text: textUpTo(5_000), evidence: evidenceList, grounding: z.optional(debriefGroundingSchema) });

export const debriefSchema = z.object({
  markdown: textUpTo(200_000),
  wentWell: z.array(debriefPointSchema).check(z.maxLength(20)),
  opportunities: z
    .array(
      z.object({
        atSec: z.number(),
        moment: textUpTo(5_000),
        whatHappened: textUpTo(5_000),
        tryInstead: textUpTo(5_000),
        whyItMatters: textUpTo(5_000),
        evidence: evidenceList,
        grounding: z.optional(debriefGroundingSchema),
      }),
    )
    .check(z.maxLength(20)),
  skillConnection: z.object({ focus: textUpTo(2_000), practice: textUpTo(2_000), followUp: textUpTo(2_000) }),
  writtenBy: z.enum(['template', 'model']),
});

const refineLines = z.array(refineLineSchema).check(z.minLength(1), z.maxLength(MAX_REFINE_LINES));
const debriefInput = { debrief: debriefSchema, utterances: z.array(labeledUtteranceSchema).check(z.maxLength(MAX_DEBRIEF_LINES)) };

/** Requests to the background on the `model-tier` channel. */
export const modelTierRequestSchema = z.discriminatedUnion('type', [
  z.object({ channel: z.literal(MODEL_TIER_CHANNEL), type: z.literal('status') }),
  z.object({ channel: z.literal(MODEL_TIER_CHANNEL), type: z.literal('list-models') }),
  /** "Download and enable": the only request that may download anything. */
  z.object({ channel: z.literal(MODEL_TIER_CHANNEL), type: z.literal('enable'), modelId }),
  z.object({ channel: z.literal(MODEL_TIER_CHANNEL), type: z.literal('disable'), purpose: z.enum(MODEL_PURPOSES) }),
  z.object({ channel: z.literal(MODEL_TIER_CHANNEL), type: z.literal('unload') }),
  z.object({ channel: z.literal(MODEL_TIER_CHANNEL), type: z.literal('delete'), modelId }),
  z.object({ channel: z.literal(MODEL_TIER_CHANNEL), type: z.literal('refine-labels'), lines: refineLines }),
  z.object({ channel: z.literal(MODEL_TIER_CHANNEL), type: z.literal('write-debrief'), ...debriefInput }),
]);

/** Requests from the background to the engine's home. */
export const homeRequestSchema = z.discriminatedUnion('type', [
  z.object({ channel: z.literal(MODEL_HOME_CHANNEL), type: z.literal('status') }),
  z.object({ channel: z.literal(MODEL_HOME_CHANNEL), type: z.literal('list-models') }),
  /** `allowDownload` is true only when the rep clicked; a lazy load at call start uses the cache or nothing. */
  z.object({ channel: z.literal(MODEL_HOME_CHANNEL), type: z.literal('load'), modelId, allowDownload: z.boolean() }),
  z.object({ channel: z.literal(MODEL_HOME_CHANNEL), type: z.literal('unload'), modelId: z.nullable(modelId) }),
  z.object({ channel: z.literal(MODEL_HOME_CHANNEL), type: z.literal('delete'), modelId }),
  z.object({ channel: z.literal(MODEL_HOME_CHANNEL), type: z.literal('refine-labels'), modelId, lines: refineLines }),
  z.object({ channel: z.literal(MODEL_HOME_CHANNEL), type: z.literal('write-debrief'), modelId, ...debriefInput }),
]);

export const FAILURE_REASONS = ['disabled', 'unsupported', 'unavailable', 'loading', 'failed', 'rejected'] as const;

/** Why a request did nothing. `loading` is the only reason worth retrying soon. */
export const failureReplySchema = z.object({
  ok: z.literal(false),
  reason: z.enum(FAILURE_REASONS),
  message: shortText,
  retryAfterMs: z.optional(positiveInt),
  error: z.optional(modelErrorInfoSchema),
});

export const modelLabelSchema = utteranceLabelSchema.check(z.refine((label) => label.tier === 'model', { message: 'model tier labels only' }));

export const statusReplySchema = z.object({ ok: z.literal(true), status: modelTierStatusSchema });
export const homeStatusReplySchema = z.object({ ok: z.literal(true), status: homeStatusSchema });
export const listModelsReplySchema = z.object({ ok: z.literal(true), models: z.array(catalogEntrySchema).check(z.maxLength(50)) });
export const refineReplySchema = z.union([
  z.object({
    ok: z.literal(true),
    labels: z
      .array(z.object({ utteranceId: id, label: z.nullable(modelLabelSchema) }))
      .check(z.maxLength(MAX_REFINE_LINES)),
    /** Time the engine spent, without messaging. */
    engineMs: nonnegative,
  }),
  failureReplySchema,
]);
export const debriefReplySchema = z.union([
  z.object({ ok: z.literal(true), debrief: debriefSchema, engineMs: nonnegative }),
  failureReplySchema,
]);

export const modelTierEventSchema = z.object({
  channel: z.literal(MODEL_EVENT_CHANNEL),
  /** `idle-unload`: the home freed the GPU after the idle time; the background may close the document. */
  reason: z.enum(['progress', 'changed', 'idle-unload']),
  status: homeStatusSchema,
});

export type GpuReportMessage = z.infer<typeof gpuReportSchema>;
export type ModelErrorInfo = z.infer<typeof modelErrorInfoSchema>;
export type HomeStatus = z.infer<typeof homeStatusSchema>;
export type EnabledModels = z.infer<typeof enabledModelsSchema>;
export type ModelTierStatus = z.infer<typeof modelTierStatusSchema>;
export type CatalogEntry = z.infer<typeof catalogEntrySchema>;
export type RefineLine = z.infer<typeof refineLineSchema>;
export type ModelTierRequest = z.infer<typeof modelTierRequestSchema>;
export type HomeRequest = z.infer<typeof homeRequestSchema>;
export type FailureReply = z.infer<typeof failureReplySchema>;
export type RefineReply = z.infer<typeof refineReplySchema>;
export type DebriefReply = z.infer<typeof debriefReplySchema>;
export type StatusReply = z.infer<typeof statusReplySchema>;
export type HomeStatusReply = z.infer<typeof homeStatusReplySchema>;
export type ListModelsReply = z.infer<typeof listModelsReplySchema>;
export type ModelTierEvent = z.infer<typeof modelTierEventSchema>;

/** Omits the channel field, for building requests in code: `modelTierRequest({ type: 'status' })`. */
type WithoutChannel<T> = T extends unknown ? Omit<T, 'channel'> : never;

export function modelTierRequest(body: WithoutChannel<ModelTierRequest>): ModelTierRequest {
  return { channel: MODEL_TIER_CHANNEL, ...body } as ModelTierRequest;
}

export function homeRequest(body: WithoutChannel<HomeRequest>): HomeRequest {
  return { channel: MODEL_HOME_CHANNEL, ...body } as HomeRequest;
}
