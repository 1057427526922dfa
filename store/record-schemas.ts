// Zod schemas for stored records, used where records cross a boundary: backups being imported. Sizes are capped
// so a crafted file cannot exhaust memory, and every field the UI reads is checked.
import { z } from 'zod';
import { evidenceSchema, nudgeSchema, utteranceLabelSchema, MAX_CAPTION_CHARS } from '../lib/messages';
import { MAX_CALL_NAME_CHARS } from '../lib/manager/call-name';
import { boundedId, byKeys, nonNegativeInt, nonNegativeNumber, textUpTo } from '../lib/schema-parts';
import { CALL_SOURCES, CALL_TYPES, CHECKLIST_ITEMS, OBJECTION_CATEGORIES, PHASES, SPIN_ACTS } from '../lib/types';

const id = boundedId;
// z.number() refuses NaN and ±Infinity: epoch milliseconds need no further check.
const finite = z.number();
const seconds = nonNegativeNumber;
const shortText = textUpTo(2_000);
const longText = textUpTo(200_000);

export const callAnalysisSchema = z.object({
  durationSec: seconds,
  repTalkShare: z.number().min(0).max(1),
  repTalkSec: seconds,
  buyerTalkSec: seconds,
  longestRepMonologueSec: seconds,
  longestRepMonologueAtSec: z.nullable(seconds),
  firstPitchSec: z.nullable(seconds),
  phase: z.enum(PHASES),
  questionCounts: byKeys(SPIN_ACTS, nonNegativeInt),
  objections: z
    .array(
      z.object({
        utteranceId: id,
        category: z.enum(OBJECTION_CATEGORIES).exclude(['none']),
        atSec: seconds,
        speaker: shortText,
        text: z.string().max(MAX_CAPTION_CHARS),
        withdrawnAtSec: z.optional(seconds),
      }),
    )
    .max(10_000),
  checklist: byKeys(CHECKLIST_ITEMS, z.boolean()),
  checklistEvidence: z.partialRecord(z.enum(CHECKLIST_ITEMS), evidenceSchema),
  upfrontContract: z.boolean(),
  nextStep: z.boolean(),
  medianPauseAfterQuestionSec: z.nullable(seconds),
  callType: z.enum(CALL_TYPES).optional(),
  callTypeSource: z.enum(['rep', 'detected', 'default']).optional(),
  // Interaction figures; absent on calls stored before them.
  longestCustomerStorySec: z.optional(seconds),
  longestCustomerStoryAtSec: z.optional(z.nullable(seconds)),
  speakerSwitchesPerMinute: z.number().nonnegative().nullable().optional(),
  repQuestionCount: z.number().int().nonnegative().optional(),
  questionSpread: z.number().min(0).max(1).nullable().optional(),
  repPatienceSec: z.optional(z.nullable(seconds)),
});

const evidenceList = z.array(evidenceSchema).max(50);
/** Which debrief rule wrote a point and what it rests on (lib/engine/debrief-grounding.ts). */
const debriefGroundingSchema = z.object({ key: z.string().max(100), quoted: z.optional(evidenceSchema), asksFor: z.string().max(100).optional() });

export const debriefSchema = z.object({
  markdown: longText,
  wentWell: z.array(z.object({ atSec: seconds, text: shortText, evidence: evidenceList, grounding: debriefGroundingSchema.optional() })).max(50),
  opportunities: z
    .array(
      z.object({
        atSec: seconds,
        moment: shortText,
        whatHappened: shortText,
        tryInstead: shortText,
        whyItMatters: shortText,
        evidence: evidenceList,
        grounding: debriefGroundingSchema.optional(),
      }),
    )
    .max(50),
  skillConnection: z.object({ focus: shortText, practice: shortText, followUp: shortText }),
  writtenBy: z.enum(['template', 'model']),
});

export const callRecordSchema = z.object({
  callId: id,
  platform: z.enum(CALL_SOURCES),
  title: z.string().max(500),
  repName: z.string().max(200),
  startedAt: finite,
  status: z.enum(['live', 'ended', 'ended-unexpectedly']),
  endedAt: finite.nullable(),
  endReason: z.enum(['left', 'unload', 'captions-gone', 'disconnected', 'browser-restart', 'imported']).nullable(),
  lastActivityAt: finite,
  liveAnalysis: callAnalysisSchema.nullable(),
  utteranceCount: nonNegativeInt,
  name: z.string().max(MAX_CALL_NAME_CHARS).optional(),
  coachingThemes: z.boolean().optional(),
});

export const storedUtteranceSchema = z.object({
  id,
  speaker: z.string().max(500),
  role: z.enum(['rep', 'buyer']),
  text: z.string().max(MAX_CAPTION_CHARS),
  startSec: seconds,
  endSec: seconds,
  label: utteranceLabelSchema,
  self: z.boolean(),
  capturedAt: finite.nullable(),
  final: z.boolean(),
  revision: nonNegativeInt,
  repCorrection: z.optional(z.literal('not-objection')),
});

export const storedReportSchema = z.object({
  analysis: callAnalysisSchema,
  nudges: z.array(nudgeSchema).max(1_000),
  debrief: debriefSchema,
  createdAt: finite,
});

export { nudgeSchema };
