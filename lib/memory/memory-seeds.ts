// Loads the memory seeds (seeds/memory/*.json) once and validates them: how calls become facts, when facts
// become observations, what counts as an intervention helping, and the wording of the mental models.
import { z } from 'zod';
import retainSeed from '../../seeds/memory/retain.json';
import themesSeed from '../../seeds/memory/themes.json';
import observationsSeed from '../../seeds/memory/observations.json';
import interventionsSeed from '../../seeds/memory/interventions.json';
import modelsSeed from '../../seeds/memory/models.json';
import { CALL_TYPES, NUDGE_KINDS, SPIN_ACTS } from '../types';
import { METRIC_KEYS, THEME_KEYS } from './memory-schema';

const text = z.string().min(1);
const count = z.number().int().positive();
const regexSource = text.refine((source) => {
  try {
    new RegExp(source, 'i');
    return true;
  } catch {
    return false;
  }
}, 'not a valid regular expression');
const keyed = <T extends z.ZodType>(keys: readonly string[], value: T) =>
  z.object(Object.fromEntries(keys.map((key) => [key, value])) as Record<string, T>);

const retainSchema = z.object({
  unnamedRep: text,
  answerWindowSec: z.number().positive(),
  maxAnswerLines: count,
  questionPattern: z.object({
    maxOpenerWords: count,
    fillers: z.array(text),
    openers: z.array(z.object({ key: text, label: text, words: z.array(text).min(1), onlyFirst: z.boolean().optional() })).min(1),
    fallbackOpener: z.object({ key: text, label: text }),
    anchors: z.array(z.object({ key: text, label: text, pattern: regexSource })).min(1),
    fallbackAnchor: z.object({ key: text, label: text }),
  }),
  answerCues: z.object({ pain: z.array(regexSource).min(1), impact: z.array(regexSource).min(1), budget: z.array(regexSource).min(1) }),
  objectionResponse: z.object({ lookAheadSec: z.number().positive(), lookAheadRepLines: count, acknowledge: z.array(regexSource).min(1) }),
  questionCallTypes: z.array(z.enum(CALL_TYPES)).min(1),
});

const themeSchema = z.object({
  nudgeKind: z.enum(NUDGE_KINDS),
  debriefOpportunity: text,
  debriefWentWell: text.nullable(),
  label: text,
  gapLabel: text,
  strengthLabel: text,
  practice: text,
});

const themesSchema = z.object({
  order: z.array(z.enum(THEME_KEYS)).length(THEME_KEYS.length),
  rules: z.object({ implicationStrengthMinQuestions: count, checklistGapMinOpenItems: count }),
  themes: keyed(THEME_KEYS, themeSchema),
  talkShareFigure: z.object({ speaker: text, text }),
});

const observationRulesSchema = z
  .object({
    stableAfterCalls: count,
    teamThemeMinReps: count,
    weakenAfterQuietCalls: count,
    retireAfterQuietCalls: count,
    contradictionWeight: count,
  })
  .refine((rules) => rules.retireAfterQuietCalls > rules.weakenAfterQuietCalls, 'retireAfterQuietCalls must exceed weakenAfterQuietCalls');

const withinCallRuleSchema = z.object({
  metric: z.enum(METRIC_KEYS),
  better: z.enum(['lower', 'higher']),
  margin: z.number().nonnegative(),
  windowSec: z.number().positive(),
});

const interventionsSchema = z.object({
  withinCall: z.object({
    minCases: count,
    minAfterSec: z.number().nonnegative(),
    minWindowTalkSec: z.number().nonnegative(),
    byNudge: z.partialRecord(z.enum(NUDGE_KINDS), withinCallRuleSchema),
  }),
  acrossCalls: z.object({ minCallsEachSide: count, margin: z.number().min(0).max(1) }),
});

const modelsSchema = z.object({
  maxQuoteChars: count,
  maxEvidencePerStatement: count,
  actLabels: keyed(SPIN_ACTS, text),
  metrics: keyed(METRIC_KEYS, z.object({ label: text, unit: z.enum(['percent', 'seconds', 'count', 'rate']) })),
  units: z.object({ percent: text, seconds: text, count: text, rate: text }),
  discoveryPlaybook: z.object({
    title: text,
    question: text,
    maxPatterns: count,
    minAsksForActRate: count,
    sections: z.object({ patterns: text, acts: text }),
    pattern: text,
    patternWeakening: text,
    noPatterns: text,
    act: text,
    actNotEnough: text,
  }),
  coachingThemes: z.object({
    title: text,
    question: text,
    sections: z.object({ team: text, reps: text, withinCall: text, acrossCalls: text }),
    teamTheme: text,
    noTeamThemes: text,
    repGap: text,
    repStrength: text,
    weakening: text,
    noRepThemes: text,
    withinHelped: text,
    withinNoEffect: text,
    withinNotEnough: text,
    acrossHelped: text,
    acrossNoEffect: text,
    acrossNotEnough: text,
  }),
});

export type RetainSeeds = z.infer<typeof retainSchema>;
export type ThemeSeeds = z.infer<typeof themesSchema>;
export type ObservationRules = z.infer<typeof observationRulesSchema>;
export type InterventionSeeds = z.infer<typeof interventionsSchema>;
export type ModelWording = z.infer<typeof modelsSchema>;

export interface MemorySeeds {
  retain: RetainSeeds;
  themes: ThemeSeeds;
  observations: ObservationRules;
  interventions: InterventionSeeds;
  models: ModelWording;
}

export class MemorySeedError extends Error {}

function parseSeed<T>(name: string, schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new MemorySeedError(`seeds/memory/${name}.json: ${issue?.path.join('.')}: ${issue?.message}`);
}

/** Validates memory seeds; the defaults are the shipped files, tests pass variants. */
export function loadMemorySeeds(seeds: Partial<Record<keyof MemorySeeds, unknown>> = {}): MemorySeeds {
  return {
    retain: parseSeed('retain', retainSchema, seeds.retain ?? retainSeed),
    themes: parseSeed('themes', themesSchema, seeds.themes ?? themesSeed),
    observations: parseSeed('observations', observationRulesSchema, seeds.observations ?? observationsSeed),
    interventions: parseSeed('interventions', interventionsSchema, seeds.interventions ?? interventionsSeed),
    models: parseSeed('models', modelsSchema, seeds.models ?? modelsSeed),
  };
}

export const MEMORY_SEEDS: MemorySeeds = loadMemorySeeds();
