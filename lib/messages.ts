// Messages between extension contexts. Everything that crosses a context boundary is parsed with these schemas
// on arrival; inside a context, code works with the inferred plain types.
import { z } from 'zod/mini';
import { boundedId, nonNegativeInt, nonNegativeNumber, textUpTo, unitInterval } from './schema-parts';
import { COACHING_LOCALES, type CoachingLocale } from './coaching-locale';
import { CALL_TYPES, CHECKLIST_ITEMS, NUDGE_KINDS, OBJECTION_CATEGORIES, PLATFORMS, REP_ACTS } from './types';

/** Caption text is untrusted page content: cap its size so one hostile caption cannot exhaust memory. */
export const MAX_CAPTION_CHARS = 20_000;
export const MAX_SPEAKER_CHARS = 500;
export const MAX_BATCH = 500;

const id = boundedId;
const callId = z.string().check(z.minLength(1), z.maxLength(100));
const seconds = nonNegativeNumber;
const confidence = unitInterval;
const count = nonNegativeInt;

export const utteranceLabelSchema = z.discriminatedUnion('role', [
  z.object({
    role: z.literal('rep'),
    act: z.enum(REP_ACTS),
    confidence,
    tier: z.enum(['fast', 'model']),
  }),
  z.object({
    role: z.literal('buyer'),
    objection: z.enum(OBJECTION_CATEGORIES),
    confidence,
    tier: z.enum(['fast', 'model']),
    acknowledgedBy: z.optional(textUpTo(200)),
  }),
]);

export const evidenceSchema = z.object({
  utteranceId: z.optional(textUpTo(200)),
  atSec: z.number(),
  speaker: z.optional(textUpTo(MAX_SPEAKER_CHARS)),
  text: z.optional(textUpTo(MAX_CAPTION_CHARS)),
});

export const nudgeSchema = z.object({
  id,
  kind: z.enum(NUDGE_KINDS),
  atSec: z.number(),
  title: textUpTo(500),
  message: textUpTo(5_000),
  say: z.optional(textUpTo(500)),
  priority: z.number(),
  evidence: z.array(evidenceSchema).check(z.maxLength(50)),
  objection: z.optional(z.enum(OBJECTION_CATEGORIES)),
  checklistGaps: z.optional(z.array(z.enum(CHECKLIST_ITEMS))),
});

/** One captured line as the content script reports it: the engine's labeled utterance plus capture details. */
export const capturedUtteranceSchema = z
  .object({
    id,
    speaker: textUpTo(MAX_SPEAKER_CHARS),
    role: z.enum(['rep', 'buyer']),
    self: z.boolean(),
    text: textUpTo(MAX_CAPTION_CHARS),
    startSec: seconds,
    endSec: seconds,
    capturedAt: z.number(),
    final: z.boolean(),
    /** Grows with each revision of the line the content script sends; the store keeps the highest. */
    revision: count,
    label: utteranceLabelSchema,
  })
  .check(z.refine((utterance) => utterance.label.role === utterance.role, { message: 'label role must match speaker role' }));

const callStarted = z.object({
  type: z.literal('call-started'),
  /** Chosen by the content script so that batches sent before the reply still land in the right call. */
  callId,
  platform: z.enum(PLATFORMS),
  title: textUpTo(500),
  repName: textUpTo(200),
  startedAt: z.number(),
});

/** Messages the content script sends over its long-lived `capture` port. `seq` is acknowledged once stored. */
export const captureMessageSchema = z.intersection(
  z.object({ seq: count }),
  z.discriminatedUnion('type', [
    callStarted,
    z.object({ type: z.literal('utterances'), callId, items: z.array(capturedUtteranceSchema).check(z.maxLength(MAX_BATCH)) }),
    z.object({ type: z.literal('nudges'), callId, nudges: z.array(nudgeSchema).check(z.maxLength(MAX_BATCH)) }),
    z.object({
      type: z.literal('analysis'),
      callId,
      /** The engine's live CallAnalysis snapshot, for the popup (shape checked where it is read). */
      analysis: z.record(z.string(), z.unknown()),
    }),
    /** The rep corrected the call type in the overlay (`callType` absent: back to the type read from the call). */
    z.object({ type: z.literal('call-type'), callId, callType: z.optional(z.enum(CALL_TYPES)) }),
    /** The rep tapped "not an objection" on the card raised by this buyer line. */
    z.object({ type: z.literal('not-objection'), callId, utteranceId: id }),
    z.object({
      type: z.literal('call-ended'),
      callId,
      endedAt: z.number(),
      reason: z.enum(['left', 'unload', 'captions-gone']),
    }),
  ]),
);

/** Messages the background sends back on the same port. */
export const captureReplySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ack'), seq: count }),
  /** Storage refused a write; the content script keeps the data and resends it. */
  z.object({ type: z.literal('store-failed'), seq: count, message: textUpTo(1_000) }),
]);

export type CaptureMessage = z.infer<typeof captureMessageSchema>;
export type CaptureReply = z.infer<typeof captureReplySchema>;
export type CapturedUtterance = z.infer<typeof capturedUtteranceSchema>;

export const CAPTURE_PORT = 'capture';

/** One-off runtime request from a content script for the fast classifier's weights (kept out of its bundle). */
export const CLASSIFIER_WEIGHTS_REQUEST = { type: 'classifier-weights' } as const;
export const classifierWeightsRequestSchema = z.object({ type: z.literal('classifier-weights') });
/** Asks the background for the buyer lines the rep marked "not an objection" (their texts). */
export const REP_CORRECTIONS_REQUEST = { type: 'rep-corrections' } as const;
export const repCorrectionsRequestSchema = z.object({ type: z.literal('rep-corrections') });
/** Asks the background for the methodology's text in a coaching language (kept out of the content script's bundle). */
export const coachingTextRequestSchema = z.object({ type: z.literal('coaching-text'), locale: z.enum(COACHING_LOCALES) });
export const coachingTextRequest = (locale: CoachingLocale) => ({ type: 'coaching-text', locale }) as const;

/**
 * The rep corrects a stored call's type from the popup or the call page; the background stores it, rewrites the
 * report and debrief for the type and rebuilds coaching memory. Answered with `setCallTypeReplySchema`.
 */
export const setCallTypeRequestSchema = z.object({ type: z.literal('set-call-type'), callId, callType: z.enum(CALL_TYPES) });
export const setCallTypeReplySchema = z.object({ ok: z.boolean() });
export type SetCallTypeRequest = z.infer<typeof setCallTypeRequestSchema>;
export type SetCallTypeReply = z.infer<typeof setCallTypeReplySchema>;
