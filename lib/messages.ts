// Messages between extension contexts. Everything that crosses a context boundary is parsed with these schemas
// on arrival; inside a context, code works with the inferred plain types.
import { z } from 'zod';
import { CHECKLIST_ITEMS, NUDGE_KINDS, OBJECTION_CATEGORIES, PLATFORMS, REP_ACTS } from './types';

/** Caption text is untrusted page content: cap its size so one hostile caption cannot exhaust memory. */
export const MAX_CAPTION_CHARS = 20_000;
export const MAX_SPEAKER_CHARS = 500;
export const MAX_BATCH = 500;

const callId = z.string().min(1).max(100);
const seconds = z.number().finite().nonnegative();

export const utteranceLabelSchema = z.discriminatedUnion('role', [
  z.object({
    role: z.literal('rep'),
    act: z.enum(REP_ACTS),
    confidence: z.number().min(0).max(1),
    tier: z.enum(['fast', 'model']),
  }),
  z.object({
    role: z.literal('buyer'),
    objection: z.enum(OBJECTION_CATEGORIES),
    confidence: z.number().min(0).max(1),
    tier: z.enum(['fast', 'model']),
  }),
]);

export const evidenceSchema = z.object({
  utteranceId: z.string().max(200).optional(),
  atSec: z.number().finite(),
  speaker: z.string().max(MAX_SPEAKER_CHARS).optional(),
  text: z.string().max(MAX_CAPTION_CHARS).optional(),
});

export const nudgeSchema = z.object({
  id: z.string().min(1).max(200),
  kind: z.enum(NUDGE_KINDS),
  atSec: z.number().finite(),
  title: z.string().max(500),
  message: z.string().max(5_000),
  priority: z.number().finite(),
  evidence: z.array(evidenceSchema).max(50),
  objection: z.enum(OBJECTION_CATEGORIES).optional(),
  checklistGaps: z.array(z.enum(CHECKLIST_ITEMS)).optional(),
});

/** One captured line as the content script reports it: the engine's labeled utterance plus capture details. */
export const capturedUtteranceSchema = z
  .object({
    id: z.string().min(1).max(200),
    speaker: z.string().max(MAX_SPEAKER_CHARS),
    role: z.enum(['rep', 'buyer']),
    self: z.boolean(),
    text: z.string().max(MAX_CAPTION_CHARS),
    startSec: seconds,
    endSec: seconds,
    capturedAt: z.number().finite(),
    final: z.boolean(),
    /** Grows with each revision of the line the content script sends; the store keeps the highest. */
    revision: z.number().int().nonnegative(),
    label: utteranceLabelSchema,
  })
  .refine((utterance) => utterance.label.role === utterance.role, { message: 'label role must match speaker role' });

const callStarted = z.object({
  type: z.literal('call-started'),
  /** Chosen by the content script so that batches sent before the reply still land in the right call. */
  callId,
  platform: z.enum(PLATFORMS),
  title: z.string().max(500),
  repName: z.string().max(200),
  startedAt: z.number().finite(),
});

/** Messages the content script sends over its long-lived `capture` port. `seq` is acknowledged once stored. */
export const captureMessageSchema = z.intersection(
  z.object({ seq: z.number().int().nonnegative() }),
  z.discriminatedUnion('type', [
    callStarted,
    z.object({ type: z.literal('utterances'), callId, items: z.array(capturedUtteranceSchema).max(MAX_BATCH) }),
    z.object({ type: z.literal('nudges'), callId, nudges: z.array(nudgeSchema).max(MAX_BATCH) }),
    z.object({
      type: z.literal('analysis'),
      callId,
      /** The engine's live CallAnalysis snapshot, for the popup (shape checked where it is read). */
      analysis: z.record(z.string(), z.unknown()),
    }),
    z.object({
      type: z.literal('call-ended'),
      callId,
      endedAt: z.number().finite(),
      reason: z.enum(['left', 'unload', 'captions-gone']),
    }),
  ]),
);

/** Messages the background sends back on the same port. */
export const captureReplySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ack'), seq: z.number().int().nonnegative() }),
  /** Storage refused a write; the content script keeps the data and resends it. */
  z.object({ type: z.literal('store-failed'), seq: z.number().int().nonnegative(), message: z.string().max(1_000) }),
]);

export type CaptureMessage = z.infer<typeof captureMessageSchema>;
export type CaptureReply = z.infer<typeof captureReplySchema>;
export type CapturedUtterance = z.infer<typeof capturedUtteranceSchema>;

export const CAPTURE_PORT = 'capture';

/** One-off runtime request from a content script for the fast classifier's weights (kept out of its bundle). */
export const CLASSIFIER_WEIGHTS_REQUEST = { type: 'classifier-weights' } as const;
export const classifierWeightsRequestSchema = z.object({ type: z.literal('classifier-weights') });
