// Loads the methodology seeds once, validates them, and compiles their phrasing patterns. Everything the engine
// knows about discovery (numbers, prompts, AECR cards, cues, wording) comes through here.
import { z } from 'zod/mini';
import thresholdsSeed from '../../../seeds/methodology/thresholds.json';
import playbookSeed from '../../../seeds/methodology/playbook.json';
import objectionsSeed from '../../../seeds/methodology/objections.json';
import cuesSeed from '../../../seeds/methodology/cues.json';
import nudgesSeed from '../../../seeds/methodology/nudges.json';
import debriefSeed from '../../../seeds/methodology/debrief.json';
import callTypesSeed from '../../../seeds/methodology/call-types.json';
import { CALL_TYPES, CHECKLIST_ITEMS, type CallType, type ChecklistItem, type NudgeKind, type RepAct } from '../../types';
import {
  callTypesSchema,
  cuesSchema,
  debriefWordingSchema,
  enabledNudgesSchema,
  nudgeWordingSchema,
  objectionsSchema,
  playbookSchema,
  thresholdsSchema,
  type CueSet,
  type Cues,
  type DebriefWording,
  type GlanceFigure,
  type NudgeWording,
  type ObjectionResponses,
  type Playbook,
  type Thresholds,
} from './schema';

export interface CompiledCueSet {
  minComponents: number;
  required: string[];
  components: Array<{ name: string; patterns: RegExp[] }>;
  vague: RegExp[];
  acrossLines: { maxLines: number; maxSec: number } | null;
  /** The acts a rep line must be read as to supply a part; null: any. */
  repActs: ReadonlySet<RepAct> | null;
}

export interface CompiledCues {
  questionStart: RegExp;
  checklist: Record<ChecklistItem, { rep: RegExp[]; buyer: RegExp[] }>;
  upfrontContract: CompiledCueSet;
  nextStep: CompiledCueSet;
  recap: RegExp[];
  recapCheck: RegExp[];
  agendaInvite: RegExp[];
  sellerVoice: RegExp[];
  objectionAcknowledged: RegExp[];
  withdrawal: RegExp[];
  nextStepDeclined: { answerLines: number; patterns: RegExp[] };
}

export interface CompiledCallTypes {
  defaultType: CallType;
  openingLines: number;
  openingSec: number;
  minCueMatches: number;
  tieOrder: readonly CallType[];
  types: Record<CallType, { glance: readonly GlanceFigure[]; nudges: ReadonlySet<NudgeKind>; judges: string; goodLooksLike: string; cues: RegExp[] }>;
}

export interface Methodology {
  callTypes: CompiledCallTypes;
  thresholds: Thresholds;
  enabledNudges: Record<NudgeKind, boolean>;
  playbook: Playbook;
  objections: ObjectionResponses;
  cues: CompiledCues;
  nudgeWording: NudgeWording;
  debriefWording: DebriefWording;
}

export interface MethodologySeeds {
  thresholds: unknown;
  playbook: unknown;
  objections: unknown;
  cues: unknown;
  nudges: unknown;
  debrief: unknown;
  callTypes: unknown;
}

export class MethodologyError extends Error {}

/**
 * Cues are written with a straight apostrophe; captions and pasted transcripts also carry the typographic one
 * ("I’ll", "don’t"). Each `'` in a pattern matches either.
 */
export function withEitherApostrophe(source: string): string {
  let out = '';
  let inClass = false;
  for (let index = 0; index < source.length; index++) {
    const char = source[index];
    if (char === '\\') {
      out += char + (source[index + 1] ?? '');
      index++;
    } else if (char === "'") {
      out += inClass ? "'’" : "['’]";
    } else {
      if (char === '[') inClass = true;
      else if (char === ']') inClass = false;
      out += char;
    }
  }
  return inClass ? source : out;
}

/** A cue as the engine matches it: case-insensitive, either apostrophe. */
export const cuePattern = (source: string) => new RegExp(withEitherApostrophe(source), 'i');
const compile = cuePattern;

function compileCueSet(set: CueSet): CompiledCueSet {
  return {
    minComponents: set.minComponents,
    required: set.required,
    components: Object.entries(set.components).map(([name, sources]) => ({ name, patterns: sources.map(compile) })),
    vague: (set.vague ?? []).map(compile),
    acrossLines: set.acrossLines ?? null,
    repActs: set.repActs ? new Set(set.repActs) : null,
  };
}

function compileCues(cues: Cues): CompiledCues {
  const checklist = {} as CompiledCues['checklist'];
  for (const item of CHECKLIST_ITEMS) {
    checklist[item] = { rep: cues.checklist[item].rep.map(compile), buyer: cues.checklist[item].buyer.map(compile) };
  }
  return {
    questionStart: compile(cues.questionStarts),
    checklist,
    upfrontContract: compileCueSet(cues.upfrontContract),
    nextStep: compileCueSet(cues.nextStep),
    recap: cues.recap.map(compile),
    recapCheck: cues.recapCheck.map(compile),
    agendaInvite: cues.agendaInvite.map(compile),
    sellerVoice: cues.sellerVoice.map(compile),
    objectionAcknowledged: cues.objectionAcknowledged.map(compile),
    withdrawal: cues.withdrawal.map(compile),
    nextStepDeclined: { answerLines: cues.nextStepDeclined.answerLines, patterns: cues.nextStepDeclined.patterns.map(compile) },
  };
}

function compileCallTypes(raw: z.infer<typeof callTypesSchema>): CompiledCallTypes {
  const types = {} as CompiledCallTypes['types'];
  for (const type of CALL_TYPES) {
    const spec = raw.types[type];
    types[type] = { glance: spec.glance, nudges: new Set(spec.nudges), judges: spec.judges, goodLooksLike: spec.goodLooksLike, cues: spec.cues.map(compile) };
  }
  return { defaultType: raw.defaultType, openingLines: raw.openingLines, openingSec: raw.openingSec, minCueMatches: raw.minCueMatches, tieOrder: raw.tieOrder, types };
}

function parseSeed<T>(name: string, schema: z.ZodMiniType<T>, raw: unknown): T {
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new MethodologyError(`seeds/methodology/${name}.json: ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
  }
  return result.data;
}

/**
 * Example words for a playbook path such as `spin.implication`, `checklist.{gap}` or
 * `objections.{category}.clarify`; placeholders are filled from `values`. Empty when the path leads nowhere.
 */
export function playbookPrompts(
  methodology: Pick<Methodology, 'playbook' | 'objections'>,
  path: string,
  values: Record<string, string> = {},
): string[] {
  const filled = path.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? `{${key}}`);
  let node: unknown = { ...methodology.playbook, objections: methodology.objections };
  for (const segment of filled.split('.')) {
    if (node === null || typeof node !== 'object' || !(segment in node)) return [];
    node = (node as Record<string, unknown>)[segment];
  }
  if (typeof node === 'string') return [node];
  if (Array.isArray(node) && node.every((entry) => typeof entry === 'string')) return node;
  return [];
}

/** Every way a `{gap}` / `{category}` placeholder in a prompt path can be filled, for load-time checking. */
const PATH_FILLINGS: Array<Record<string, string>> = CHECKLIST_ITEMS.flatMap((gap) =>
  (['budget', 'timing', 'competition'] as const).map((category) => ({ gap, category })),
);

function assertPathsResolve(methodology: Methodology): void {
  const paths = [
    ...Object.entries(methodology.nudgeWording).map(([kind, wording]) => [`nudges.json ${kind}`, wording.promptFrom]),
    ...Object.entries(methodology.debriefWording.opportunities).map(([key, wording]) => [
      `debrief.json ${key}`,
      wording.tryInsteadFrom,
    ]),
  ];
  for (const [where, path] of paths) {
    if (PATH_FILLINGS.some((values) => playbookPrompts(methodology, path, values).length === 0)) {
      throw new MethodologyError(`seeds/methodology/${where}: playbook path "${path}" does not lead to example words`);
    }
  }
}

export function loadMethodology(seeds: MethodologySeeds): Methodology {
  const enabled = parseSeed('thresholds', z.object({ enabledNudges: enabledNudgesSchema }), seeds.thresholds);
  const methodology: Methodology = {
    thresholds: parseSeed('thresholds', thresholdsSchema, seeds.thresholds),
    enabledNudges: enabled.enabledNudges,
    playbook: parseSeed('playbook', playbookSchema, seeds.playbook),
    objections: parseSeed('objections', objectionsSchema, seeds.objections),
    cues: compileCues(parseSeed('cues', cuesSchema, seeds.cues)),
    nudgeWording: parseSeed('nudges', nudgeWordingSchema, seeds.nudges),
    debriefWording: parseSeed('debrief', debriefWordingSchema, seeds.debrief),
    callTypes: compileCallTypes(parseSeed('call-types', callTypesSchema, seeds.callTypes)),
  };
  assertPathsResolve(methodology);
  return methodology;
}

export const SEEDS: MethodologySeeds = {
  thresholds: thresholdsSeed,
  playbook: playbookSeed,
  objections: objectionsSeed,
  cues: cuesSeed,
  nudges: nudgesSeed,
  debrief: debriefSeed,
  callTypes: callTypesSeed,
};

/** The shipped methodology, validated when the engine is first imported. */
export const METHODOLOGY: Methodology = loadMethodology(SEEDS);

export type { AecrCard, DebriefWording, NudgeWording, Playbook, Thresholds } from './schema';
