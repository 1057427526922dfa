// The shapes memory keeps: facts retained from each call, observations consolidated across calls, and
// versioned mental models. They are zod schemas because they cross a boundary twice (IndexedDB and the team
// file a manager imports); the types used everywhere else are inferred from them.
import { z } from 'zod';
import { nonNegativeInt, textUpTo } from '../schema-parts';
import { CHECKLIST_ITEMS, NUDGE_KINDS, OBJECTION_CATEGORIES, SPIN_ACTS } from '../types';

export const THEME_KEYS = [
  'early_pitch',
  'implication',
  'checklist',
  'talk_share',
  'monologue',
  'objection_handling',
  'next_step',
  'upfront_contract',
] as const;
export type ThemeKey = (typeof THEME_KEYS)[number];

export const METRIC_KEYS = [
  'repTalkShare',
  'longestMonologueSec',
  'implicationQuestions',
  'pitchLines',
  'checklistItemsUncovered',
  'upfrontContractSet',
  'nextStepBooked',
] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];

export const OBJECTION_HANDLINGS = ['clarified', 'acknowledged', 'answered', 'pitched', 'unanswered'] as const;
export type ObjectionHandling = (typeof OBJECTION_HANDLINGS)[number];

/** Printable, bounded identifiers: call ids come from the capture layer, everything else is derived from them. */
const identifier = (max: number) => z.string().min(1).max(max).regex(/^[^\u0000-\u001f\u007f]+$/, 'contains control characters');
export const callIdSchema = identifier(100);
const factId = identifier(160);
const repName = z.string().min(1).max(120);
const seconds = z.number().nonnegative().max(48 * 3600);
const epochMs = nonNegativeInt;
const line = textUpTo(2000);

export const evidenceRefSchema = z.object({
  callId: callIdSchema,
  atSec: seconds,
  utteranceId: z.string().max(200).optional(),
  speaker: z.string().max(120).optional(),
  quote: line,
});
export type EvidenceRef = z.infer<typeof evidenceRefSchema>;

const factBase = {
  id: factId,
  callId: callIdSchema,
  repName,
  callStartedAt: epochMs,
  atSec: seconds,
  utteranceIds: z.array(z.string().max(200)).max(20),
  evidence: z.array(evidenceRefSchema).max(10),
};

const answerFindingsSchema = z.object({ pain: z.boolean(), impact: z.boolean(), budget: z.boolean() });
export type AnswerFindings = z.infer<typeof answerFindingsSchema>;

const withinCallEffectSchema = z.object({ metric: z.enum(METRIC_KEYS), before: z.number(), after: z.number() });
export type WithinCallEffect = z.infer<typeof withinCallEffectSchema>;

export const questionFactSchema = z.object({
  ...factBase,
  kind: z.literal('question'),
  act: z.enum(SPIN_ACTS),
  pattern: z.string().min(1).max(120),
  patternLabel: z.string().min(1).max(120),
  text: line,
  drew: answerFindingsSchema,
});

export const nudgeFactSchema = z.object({
  ...factBase,
  kind: z.literal('nudge'),
  nudgeKind: z.enum(NUDGE_KINDS),
  title: z.string().max(300),
  effect: withinCallEffectSchema.nullable(),
});

export const debriefFactSchema = z.object({
  ...factBase,
  kind: z.literal('debrief'),
  side: z.enum(['went_well', 'opportunity']),
  text: z.string().max(4000),
  debriefKey: z.string().max(60).nullable(),
  theme: z.enum(THEME_KEYS).nullable(),
});

export const callQualityFactSchema = z.object({
  ...factBase,
  kind: z.literal('call_quality'),
  durationSec: seconds,
  repTalkShare: z.number().min(0).max(1),
  longestMonologueSec: seconds,
  firstPitchSec: seconds.nullable(),
  questionCounts: z.object(Object.fromEntries(SPIN_ACTS.map((act) => [act, z.number().int().nonnegative()])) as Record<(typeof SPIN_ACTS)[number], z.ZodNumber>),
  checklistGaps: z.array(z.enum(CHECKLIST_ITEMS)),
  upfrontContract: z.boolean(),
  nextStep: z.boolean(),
  objectionCount: z.number().int().nonnegative(),
  coachingFocus: z.enum(THEME_KEYS).nullable(),
  focusText: z.string().max(300),
});

export const behaviourFactSchema = z.object({
  ...factBase,
  kind: z.literal('behaviour'),
  theme: z.enum(THEME_KEYS),
  polarity: z.enum(['gap', 'strength']),
});

export const objectionFactSchema = z.object({
  ...factBase,
  kind: z.literal('objection'),
  category: z.enum(OBJECTION_CATEGORIES).exclude(['none']),
  handling: z.enum(OBJECTION_HANDLINGS),
});

export const memoryFactSchema = z.discriminatedUnion('kind', [
  questionFactSchema,
  nudgeFactSchema,
  debriefFactSchema,
  callQualityFactSchema,
  behaviourFactSchema,
  objectionFactSchema,
]);
export type MemoryFact = z.infer<typeof memoryFactSchema>;
export type QuestionFact = z.infer<typeof questionFactSchema>;
export type NudgeFact = z.infer<typeof nudgeFactSchema>;
export type DebriefFact = z.infer<typeof debriefFactSchema>;
export type CallQualityFact = z.infer<typeof callQualityFactSchema>;
export type BehaviourFact = z.infer<typeof behaviourFactSchema>;
export type ObjectionFact = z.infer<typeof objectionFactSchema>;

export const OBSERVATION_KINDS = ['question_pattern', 'coaching_theme', 'strength', 'gap'] as const;
export type ObservationKind = (typeof OBSERVATION_KINDS)[number];
export const OBSERVATION_STATUSES = ['candidate', 'stable', 'weakening', 'retired'] as const;
export type ObservationStatus = (typeof OBSERVATION_STATUSES)[number];
export const OBSERVATION_CHANGES = ['created', 'proof_added', 'contradicted', 'became_stable', 'weakened', 'retired', 'reinforced', 'revived'] as const;

const sightingSchema = z.object({ callId: callIdSchema, at: epochMs });

export const observationChangeSchema = z.object({
  change: z.enum(OBSERVATION_CHANGES),
  callId: callIdSchema,
  at: epochMs,
  status: z.enum(OBSERVATION_STATUSES),
  proofCount: z.number().int().nonnegative(),
  quietCalls: z.number().int().nonnegative(),
});
export type ObservationChange = z.infer<typeof observationChangeSchema>;

export const observationSchema = z.object({
  id: z.string().min(1).max(300),
  kind: z.enum(OBSERVATION_KINDS),
  /** The rep it is about; null for observations across reps. */
  repName: repName.nullable(),
  /** The theme key, or the question pattern key. */
  subject: z.string().min(1).max(120),
  proofCount: z.number().int().nonnegative(),
  proofCallIds: z.array(callIdSchema),
  /** Reps whose calls proved it (one for a rep's own observation). */
  proofReps: z.array(repName),
  sourceFactIds: z.array(factId),
  firstSeen: sightingSchema,
  lastSeen: sightingSchema,
  status: z.enum(OBSERVATION_STATUSES),
  /** Proof since it was created or last revived: what stability is judged on. */
  activeProof: z.number().int().nonnegative(),
  quietCalls: z.number().int().nonnegative(),
  history: z.array(observationChangeSchema),
});
export type Observation = z.infer<typeof observationSchema>;

export const MODEL_IDS = ['discovery-playbook', 'coaching-themes'] as const;
export type ModelId = (typeof MODEL_IDS)[number];

export const modelStatementSchema = z.object({
  id: z.string().min(1).max(200),
  /** What the statement says: the template text (no model tier rewords mental models; `writtenBy` stays 'template'). */
  text: z.string().max(4000),
  templateText: z.string().max(4000),
  writtenBy: z.enum(['template', 'model']),
  /** 'claim' states a finding; 'not_enough_data' says honestly that there is none yet. */
  kind: z.enum(['claim', 'not_enough_data']),
  /** For statements about an intervention: whether it measurably helped. */
  verdict: z.enum(['helped', 'not_helped']).optional(),
  evidence: z.array(evidenceRefSchema).max(10),
});
export type ModelStatement = z.infer<typeof modelStatementSchema>;

export const modelSectionSchema = z.object({ key: z.string().max(60), title: z.string().max(200), statements: z.array(modelStatementSchema) });
export type ModelSection = z.infer<typeof modelSectionSchema>;

export const mentalModelVersionSchema = z.object({
  modelId: z.enum(MODEL_IDS),
  version: z.number().int().positive(),
  title: z.string().max(200),
  question: z.string().max(400),
  generatedAt: epochMs,
  /** The call whose memory produced this version (null when an import did). */
  afterCallId: callIdSchema.nullable(),
  basedOnCalls: z.number().int().nonnegative(),
  sections: z.array(modelSectionSchema),
});
export type MentalModelVersion = z.infer<typeof mentalModelVersionSchema>;
