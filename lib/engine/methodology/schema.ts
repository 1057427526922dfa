// Zod schemas for the methodology seeds in seeds/methodology/*.json. The seeds are data written by people;
// they are checked once when loaded so a typo fails loudly instead of silently disabling a rule.
import { z } from 'zod/mini';
import { nonEmptyText, nonNegativeInt, nonNegativeNumber, positiveInt, positiveNumber, unitInterval } from '../../schema-parts';
import { CALL_TYPES, CHECKLIST_ITEMS, NUDGE_KINDS, PHASES, REP_ACTS, SPIN_ACTS } from '../../types';

const text = nonEmptyText;
const texts = z.array(text).check(z.minLength(1));
const seconds = nonNegativeNumber;
const fraction = unitInterval;

const regexSource = text.check(
  z.refine(
    (source) => {
      try {
        new RegExp(source, 'i');
        return true;
      } catch {
        return false;
      }
    },
    { message: 'not a valid regular expression' },
  ),
);
const regexSources = z.array(regexSource).check(z.minLength(1));

/** An order of all the `values`, each exactly once (which checklist item to ask about first, which call type wins a tie). */
const orderOfEvery = <const V extends readonly [string, ...string[]]>(values: V, what: string) =>
  z
    .array(z.enum(values))
    .check(z.refine((order) => order.length === values.length && new Set(order).size === values.length, { message: `must list every ${what} once` }));
const byKind = <T extends z.ZodMiniType>(value: T) =>
  z.object(Object.fromEntries(NUDGE_KINDS.map((kind) => [kind, value])) as Record<(typeof NUDGE_KINDS)[number], T>);
const byChecklistItem = <T extends z.ZodMiniType>(value: T) =>
  z.object(Object.fromEntries(CHECKLIST_ITEMS.map((item) => [item, value])) as Record<(typeof CHECKLIST_ITEMS)[number], T>);

export const thresholdsSchema = z.object({
  plannedCallMinutes: positiveNumber,
  sleepGapSec: positiveNumber,
  speech: z.object({ wordsPerSecond: positiveNumber, slowestWordsPerSecond: positiveNumber, spanSlackSec: seconds }),
  talkShare: z.object({ max: fraction, sustainSec: seconds, windowSec: positiveNumber, minWindowTalkSec: seconds }),
  monologue: z.object({ maxSec: positiveNumber, backChannelMaxSec: seconds, maxSilenceSec: seconds }),
  pitch: z.object({
    /** The label confidence a rep line needs to count as a pitch: for the first pitch, the phase and the early-pitch nudge. */
    minConfidence: fraction,
    /** The confidence that suffices instead when the line speaks in the seller's voice (cues.sellerVoice). */
    sellerVoiceMinConfidence: fraction,
    earlyBeforeSec: seconds,
    switchAfterPitchLines: positiveInt,
    switchWindowRepLines: positiveInt,
    /** A recap (cues.recap) covers the rep line that starts it and at most this many rep lines in all… */
    recapRepLines: positiveInt,
    /** …and ends early when a buyer line of at least this many words takes the floor. */
    recapEndsAtBuyerWords: positiveInt,
  }),
  objection: z.object({
    /** The label confidence a buyer line needs to count as an objection: in the call's list and as a card. */
    minConfidence: fraction,
    /** A buyer row that is no objection alone is one when read with the same speaker's row before it at this confidence. */
    turnMinConfidence: fraction,
    /** A buyer row just before the rep acknowledges pushback (cues.objectionAcknowledged) is one when an objection category has this probability. */
    acknowledgedMinConfidence: fraction,
    /** A rep reply that the reply head reads as answering pushback at this probability acknowledges it too (weights with a reply head only). */
    replyMinConfidence: fraction,
  }),
  phases: z.object({
    referenceCallMin: positiveNumber,
    openingEndMin: positiveNumber,
    pitchStartMin: positiveNumber,
    nextStepsStartMin: positiveNumber,
    openingMinSec: seconds,
    openingMaxSec: seconds,
    nextStepsMinSec: seconds,
    nextStepsMaxSec: seconds,
  }),
  checks: z.object({
    upfrontContractGraceSec: seconds,
    implicationByFraction: fraction,
    /** Implication questions the rep should have asked by `implicationByFraction` of the call (the nudge's and the trends' aim). */
    implicationQuestionsMin: positiveInt,
    checklistAtFraction: fraction,
    nextStepAtFraction: fraction,
    nextStepSearchFromFraction: fraction,
    answerWithinSec: seconds,
    answerMinWords: nonNegativeInt,
    /** A withdrawal this soon after an objection takes it back. */
    withdrawWithinSec: seconds,
  }),
  pauseAfterQuestion: z.object({ maxMeasuredSec: positiveNumber }),
  nudges: z.object({
    /** Coaching nudges per call; objection cards have their own budget below, so they never spend this one. */
    maxPerCall: nonNegativeInt,
    maxObjectionCardsPerCall: nonNegativeInt,
    minGapSec: seconds,
    displaySec: positiveNumber,
    eventFreshSec: seconds,
    objectionSettleSec: seconds,
    byKind: byKind(
      z.object({
        priority: z.number(),
        cooldownSec: seconds,
        urgent: z.boolean(),
      }),
    ),
  }),
});

export const playbookSchema = z.object({
  phases: z.object(
    Object.fromEntries(PHASES.map((phase) => [phase, z.object({ goal: text, prompts: texts })])) as Record<
      (typeof PHASES)[number],
      z.ZodMiniObject<{ goal: typeof text; prompts: typeof texts }>
    >,
  ),
  spin: z.object(
    Object.fromEntries(SPIN_ACTS.map((act) => [act, texts])) as Record<(typeof SPIN_ACTS)[number], typeof texts>,
  ),
  checklist: byChecklistItem(texts),
  checklistLabels: byChecklistItem(text),
  checklistPriority: orderOfEvery(CHECKLIST_ITEMS, 'checklist item'),
  upfrontContract: text,
  nextStep: text,
  pitchBridge: text,
});

const aecrSchema = z.object({
  label: text,
  /** The one line the overlay's card leads with (12 words at most). */
  sayNow: text,
  meaning: text,
  acknowledge: text,
  empathize: text,
  clarify: text,
  reframe: text,
});
export const objectionsSchema = z.object({ budget: aecrSchema, timing: aecrSchema, competition: aecrSchema });

const cueSetSchema = z
  .object({
    minComponents: positiveInt,
    required: z.array(text),
    components: z.record(z.string(), regexSources),
    /** Lines matching any of these ("or so", "whenever") count for no component: vague is not a date. */
    vague: z.optional(regexSources),
    /** The parts may be spread over this many consecutive lines within this many seconds (captions split turns). */
    acrossLines: z.optional(z.object({ maxLines: positiveInt, maxSec: positiveNumber })),
    /** Only a rep line read as one of these acts supplies a part (a booking is scheduling, `other`); any, when absent. */
    repActs: z.optional(z.array(z.enum(REP_ACTS)).check(z.minLength(1))),
  })
  .check(
    z.refine((set) => set.required.every((name) => name in set.components), {
      message: 'required names a component that does not exist',
    }),
  );

export const cuesSchema = z.object({
  questionStarts: regexSource,
  checklist: byChecklistItem(z.object({ rep: regexSources, buyer: regexSources })),
  upfrontContract: cueSetSchema,
  nextStep: cueSetSchema,
  recap: regexSources,
  /** The question that closes a recap ("did I get that right?"): once the buyer answers it, the recap is over. */
  recapCheck: regexSources,
  /** The rep inviting the buyer to add to the call's agenda ("anything you'd want to add?"): the answer names topics. */
  agendaInvite: regexSources,
  /** The rep speaking as the seller ("we work with…", "where we're different"): a pitch label needs less confidence. */
  sellerVoice: regexSources,
  /** The rep acknowledging pushback ("that's fair", "I hear you"): the buyer's turn just before may be confirmed as one. */
  objectionAcknowledged: regexSources,
  withdrawal: regexSources,
  /** The buyer's answer that turns a booking down or puts it off, read within `answerLines` lines of it. */
  nextStepDeclined: z.object({ answerLines: positiveInt, patterns: regexSources }),
});

export const nudgeWordingSchema = byKind(z.object({ title: text, message: text, promptFrom: text }));

/** Whose line a debrief template may quote; the debrief's grounding check enforces it. */
const quoteSpeaker = z.enum(['rep', 'buyer', 'any']);
const wentWellEntry = z.object({ text, why: text, quoteSpeaker });
const opportunityEntry = z.object({
  moment: text,
  whatHappened: text,
  tryInsteadFrom: text,
  tryInstead: text,
  whyItMatters: text,
  focus: text,
  practice: text,
  quoteSpeaker,
});
export const WENT_WELL_KEYS = [
  'implicationQuestion',
  'upfrontContract',
  'checklistRootCause',
  'needPayoffQuestion',
  'objectionClarified',
  'nextStep',
  'balancedTalk',
  'patientPitch',
] as const;
export const OPPORTUNITY_KEYS = [
  'earlyPitch',
  'demoUntied',
  'noImplication',
  'checklistGap',
  'talkShare',
  'monologue',
  'objectionUnclarified',
  'noNextStep',
  'noUpfrontContract',
  'oneMoreQuestion',
] as const;
/** One row of the figures table: what is measured, how this call's value reads, and what to aim for. */
const figure = z.object({ label: text, value: text, aim: text, none: z.optional(text), complete: z.optional(text) });
const bySource = z.object({ meet: text, teams: text, zoom: text, import: text, demo: text });

export const FIGURE_KEYS = ['talkShare', 'monologue', 'firstPitch', 'questions', 'objections', 'checklist', 'upfrontContract', 'nextStep', 'pause'] as const;
const debriefByCallType = z.object({
  label: text,
  wentWellOrder: z.array(z.enum(WENT_WELL_KEYS)),
  opportunityOrder: z.array(z.enum(OPPORTUNITY_KEYS)),
  figures: z.array(z.enum(FIGURE_KEYS)),
});

export const debriefWordingSchema = z.object({
  title: text,
  timestamp: text,
  quoteMaxChars: positiveInt,
  headings: z.object({ details: text, figures: text, wentWell: text, opportunity: text, skill: text }),
  details: z.object({
    rep: text,
    account: text,
    callType: text,
    callTypeValue: text,
    callTypeDetected: text,
    callTypeDefault: text,
    callTypeByRep: text,
    attendees: text,
    attendeesNone: text,
    attendee: text,
    date: text,
    duration: text,
    durationValue: text,
    platform: text,
    platformBySource: bySource,
    recording: text,
    recordingBySource: bySource,
  }),
  figures: z.object({
    columns: z.tuple([text, text, text]),
    talkShare: figure,
    monologue: figure,
    firstPitch: figure,
    questions: figure,
    objections: figure,
    checklist: figure,
    upfrontContract: figure,
    nextStep: figure,
    pause: figure,
  }),
  fields: z.object({
    moment: text,
    momentLine: text,
    whatHappened: text,
    tryInstead: text,
    whyItMatters: text,
    connectsTo: text,
    practice: text,
    followUp: text,
  }),
  maxWentWell: positiveInt,
  maxOpportunities: positiveInt,
  wentWellNone: text,
  wentWell: z.object(
    Object.fromEntries(WENT_WELL_KEYS.map((key) => [key, wentWellEntry])) as Record<
      (typeof WENT_WELL_KEYS)[number],
      typeof wentWellEntry
    >,
  ),
  opportunityNone: z.object({ text, focus: text, practice: text }),
  opportunities: z.object(
    Object.fromEntries(OPPORTUNITY_KEYS.map((key) => [key, opportunityEntry])) as Record<
      (typeof OPPORTUNITY_KEYS)[number],
      typeof opportunityEntry
    >,
  ),
  followUp: text,
  /** How sure the labels must be before a point rests on them (lib/engine/debrief-grounding.ts). */
  grounding: z.object({
    praiseMinConfidence: unitInterval,
    pushbackCues: regexSources,
    recapCues: regexSources,
    questionShapes: z.object({ implication: regexSources, need_payoff: regexSources }),
  }),
  /** What each call type is judged on: its strengths and gaps in order of leverage, and the figures shown. */
  byCallType: z.object(
    Object.fromEntries(CALL_TYPES.map((type) => [type, debriefByCallType])) as Record<(typeof CALL_TYPES)[number], typeof debriefByCallType>,
  ),
});

export const enabledNudgesSchema = byKind(z.boolean());

export type Thresholds = z.infer<typeof thresholdsSchema>;
export type Playbook = z.infer<typeof playbookSchema>;
export type ObjectionResponses = z.infer<typeof objectionsSchema>;
export type AecrCard = z.infer<typeof aecrSchema>;
export type Cues = z.infer<typeof cuesSchema>;
export type CueSet = z.infer<typeof cueSetSchema>;
export type NudgeWording = z.infer<typeof nudgeWordingSchema>;
export type DebriefWording = z.infer<typeof debriefWordingSchema>;
export type WentWellKey = (typeof WENT_WELL_KEYS)[number];
export type OpportunityKey = (typeof OPPORTUNITY_KEYS)[number];
export type FigureKey = (typeof FIGURE_KEYS)[number];
export type QuoteSpeaker = z.infer<typeof quoteSpeaker>;

/** The figures the popup can lead with after a call. */
export const GLANCE_FIGURES = ['talkShare', 'checklist', 'firstPitch', 'questions', 'objections', 'nextStep'] as const;
export type GlanceFigure = (typeof GLANCE_FIGURES)[number];

const callTypeSpec = z.object({
  /** The three figures the popup shows first after a call of this type. */
  glance: z.tuple([z.enum(GLANCE_FIGURES), z.enum(GLANCE_FIGURES), z.enum(GLANCE_FIGURES)]),
  nudges: z.array(z.enum(NUDGE_KINDS)),
  judges: text,
  goodLooksLike: text,
  /** Phrases of the opening that reveal this type (none for the default type). */
  cues: z.array(regexSource),
});

export const callTypesSchema = z.object({
  /** The type a call has until its opening says otherwise. */
  defaultType: z.enum(CALL_TYPES),
  /** How much of the call's opening is read for cues: lines, and seconds. */
  openingLines: positiveInt,
  openingSec: positiveNumber,
  /** Cue matches a type needs in the opening; the type with most matches wins, ties go to the first in `tieOrder`. */
  minCueMatches: positiveInt,
  /** Every type once, in the order that wins ties between types with as many cue matches. */
  tieOrder: orderOfEvery(CALL_TYPES, 'call type'),
  types: z.object(Object.fromEntries(CALL_TYPES.map((type) => [type, callTypeSpec])) as Record<(typeof CALL_TYPES)[number], typeof callTypeSpec>),
});
export type CallTypes = z.infer<typeof callTypesSchema>;
