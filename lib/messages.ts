// Messages between extension contexts. Everything that crosses a context boundary is parsed with these
// schemas on arrival; inside a context, code works with the inferred plain types.
import { z } from 'zod';
import { CHECKLIST_ITEMS, NUDGE_KINDS, OBJECTION_CATEGORIES, PLATFORMS, REP_ACTS } from './types';

/** Caption text is untrusted page content: cap its size so one hostile caption cannot exhaust memory. */
export const MAX_CAPTION_CHARS = 20_000;
export const MAX_BATCH = 500;

export const utteranceRevisionSchema = z.object({
  id: z.string().min(1).max(200),
  speaker: z.string().max(500),
  self: z.boolean(),
  text: z.string().max(MAX_CAPTION_CHARS),
  startedAt: z.number().finite(),
  updatedAt: z.number().finite(),
  final: z.boolean(),
});

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
  speaker: z.string().max(500).optional(),
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

/** One captured utterance as the content script reports it: the raw revision plus its place and label. */
export const capturedUtteranceSchema = z.object({
  revision: utteranceRevisionSchema,
  role: z.enum(['rep', 'buyer']),
  startSec: z.number().finite(),
  endSec: z.number().finite(),
  label: utteranceLabelSchema.optional(),
});

/** Messages the content script sends over its long-lived `capture` port to the background. */
export const captureMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('call-started'),
    /** Chosen by the content script so that batches sent before the reply still land in the right call. */
    callId: z.string().min(1).max(100),
    platform: z.enum(PLATFORMS),
    title: z.string().max(500),
    startedAt: z.number().finite(),
  }),
  z.object({
    type: z.literal('utterances'),
    callId: z.string().min(1).max(100),
    items: z.array(capturedUtteranceSchema).max(MAX_BATCH),
  }),
  z.object({
    type: z.literal('nudges'),
    callId: z.string().min(1).max(100),
    nudges: z.array(nudgeSchema).max(MAX_BATCH),
  }),
  z.object({
    type: z.literal('analysis'),
    callId: z.string().min(1).max(100),
    /** The engine's live CallAnalysis snapshot (validated again where it is read). */
    analysis: z.record(z.string(), z.unknown()),
  }),
  z.object({
    type: z.literal('call-ended'),
    callId: z.string().min(1).max(100),
    endedAt: z.number().finite(),
    reason: z.enum(['left', 'unload', 'captions-gone']),
  }),
]);

export type CaptureMessage = z.infer<typeof captureMessageSchema>;
export type CapturedUtterance = z.infer<typeof capturedUtteranceSchema>;

export const CAPTURE_PORT = 'capture';
