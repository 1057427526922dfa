// The methodology's words, apart from its rules. The English seeds (seeds/methodology/*.json) hold both; another
// language's seeds (seeds/methodology/<locale>/*.json) hold only the text fields listed here, in the same shape,
// and are laid over the English. Thresholds, cues, orders and playbook paths exist once, in the English seeds.
import { loadMethodology, METHODOLOGY, SEEDS, type Methodology, type MethodologySeeds } from '.';

/** The seeds that carry words a rep reads. */
export const TEXT_SEEDS = ['nudges', 'objections', 'playbook', 'debrief'] as const;
export type TextSeed = (typeof TEXT_SEEDS)[number];

/**
 * Where the text lies in each seed: paths of keys, `*` for any key. Everything below a path is text (strings and
 * lists of strings); everything else in the seed is a rule and is never translated.
 */
export const TEXT_PATHS: Record<TextSeed, readonly string[]> = {
  nudges: ['*.title', '*.message'],
  objections: ['*.label', '*.sayNow', '*.meaning', '*.acknowledge', '*.empathize', '*.clarify', '*.reframe'],
  playbook: ['phases.*.goal', 'phases.*.prompts', 'spin', 'checklist', 'checklistLabels', 'upfrontContract', 'nextStep', 'pitchBridge'],
  debrief: [
    'title',
    'timestamp',
    'headings',
    'details',
    'figures',
    'fields',
    'wentWellNone',
    'wentWell.*.text',
    'wentWell.*.why',
    'opportunityNone',
    'opportunities.*.moment',
    'opportunities.*.whatHappened',
    'opportunities.*.tryInstead',
    'opportunities.*.whyItMatters',
    'opportunities.*.focus',
    'opportunities.*.practice',
    'followUp',
    'byCallType.*.label',
  ],
};

/** One language's text: per seed, the text fields in the English seed's shape. */
export type MethodologyText = Partial<Record<TextSeed, unknown>>;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Every text leaf of a seed below the given paths, by its dotted path ("phases.discovery.prompts.0"). */
export function textLeaves(seed: unknown, paths: readonly string[]): Map<string, string> {
  const leaves = new Map<string, string>();
  const collect = (node: unknown, at: string[]) => {
    if (typeof node === 'string') leaves.set(at.join('.'), node);
    else if (isRecord(node)) for (const [key, value] of Object.entries(node)) if (!key.startsWith('$')) collect(value, [...at, key]);
  };
  const walk = (node: unknown, pattern: string[], at: string[]) => {
    if (pattern.length === 0) return collect(node, at);
    if (!isRecord(node)) return;
    const [head, ...rest] = pattern;
    for (const key of head === '*' ? Object.keys(node).filter((name) => !name.startsWith('$')) : [head]) {
      if (key in node) walk(node[key], rest, [...at, key]);
    }
  };
  for (const path of paths) walk(seed, path.split('.'), []);
  return leaves;
}

/** Every leaf of a translation file that is not text in the English (a number, a rule, a misspelt key). */
export function leavesOf(node: unknown, at: string[] = []): Map<string, unknown> {
  const leaves = new Map<string, unknown>();
  if (isRecord(node)) {
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith('$')) continue;
      for (const [path, leaf] of leavesOf(value, [...at, key])) leaves.set(path, leaf);
    }
  } else leaves.set(at.join('.'), node);
  return leaves;
}

function withLeaf(seed: unknown, path: string[], value: string): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (Array.isArray(seed)) return seed.map((entry, index) => (String(index) === head ? withLeaf(entry, rest, value) : entry));
  const record = seed as Record<string, unknown>;
  return { ...record, [head]: withLeaf(record[head], rest, value) };
}

/** One seed with a translation's text laid over its text fields (below `paths`); nothing else can change. */
export function layText(seed: unknown, paths: readonly string[], translation: unknown): unknown {
  const translated = leavesOf(translation);
  let result = seed;
  for (const path of textLeaves(seed, paths).keys()) {
    const value = translated.get(path);
    if (typeof value === 'string' && value.trim().length > 0) result = withLeaf(result, path.split('.'), value);
  }
  return result;
}

/** The English seeds with one language's text laid over them; only English text fields can change. */
export function seedsWithText(text: MethodologyText | null | undefined, english: MethodologySeeds = SEEDS): MethodologySeeds {
  const seeds: MethodologySeeds = { ...english };
  if (!isRecord(text)) return seeds;
  for (const name of TEXT_SEEDS) seeds[name] = layText(english[name], TEXT_PATHS[name], text[name]);
  return seeds;
}

/** The methodology speaking one language's text (validated like the English); English where `text` is null. */
export function methodologyWithText(text: MethodologyText | null | undefined): Methodology {
  return loadMethodology(seedsWithText(text));
}

/**
 * The methodology from text that came from elsewhere (the background's answer to the content script): English
 * when there is none or it does not load, so bad text never stops the coaching.
 */
export function methodologyFromText(text: unknown, log?: (message: string) => void): Methodology {
  if (!isRecord(text)) return METHODOLOGY;
  try {
    return methodologyWithText(text);
  } catch (error) {
    log?.(`coaching text not usable, coaching in English: ${String(error)}`);
    return METHODOLOGY;
  }
}
