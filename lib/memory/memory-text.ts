// The memory's words in each coaching language: the mental models' headings and statement templates, and the
// coaching themes' names and practice lines. As for the methodology (lib/engine/methodology/text.ts), another
// language's files (seeds/memory/<locale>/) hold only the text fields, laid over the English seeds; every limit,
// order and rule stays in the English seeds.
import deModels from '../../seeds/memory/de/models.json';
import deThemes from '../../seeds/memory/de/themes.json';
import modelsSeed from '../../seeds/memory/models.json';
import themesSeed from '../../seeds/memory/themes.json';
import type { CoachingLocale } from '../coaching-locale';
import { layText } from '../engine/methodology/text';
import { loadMemorySeeds, MEMORY_SEEDS, type MemorySeeds } from './memory-seeds';

export const MEMORY_TEXT_SEEDS = ['models', 'themes'] as const;
export type MemoryTextSeed = (typeof MEMORY_TEXT_SEEDS)[number];

/** Where the text lies in each memory seed (paths of keys, `*` for any key); everything else is a rule. */
export const MEMORY_TEXT_PATHS: Record<MemoryTextSeed, readonly string[]> = {
  models: ['actLabels', 'metrics.*.label', 'units', 'discoveryPlaybook.title', 'discoveryPlaybook.question', 'discoveryPlaybook.sections', 'discoveryPlaybook.pattern', 'discoveryPlaybook.patternWeakening', 'discoveryPlaybook.noPatterns', 'discoveryPlaybook.act', 'discoveryPlaybook.actNotEnough', 'coachingThemes'],
  themes: ['themes.*.label', 'themes.*.gapLabel', 'themes.*.strengthLabel', 'themes.*.practice', 'talkShareFigure'],
};

export const ENGLISH_MEMORY_SEEDS: Record<MemoryTextSeed, unknown> = { models: modelsSeed, themes: themesSeed };

/** Each language's memory text; English is the seeds' own. */
export const MEMORY_TEXT: Record<CoachingLocale, Partial<Record<MemoryTextSeed, unknown>> | null> = {
  en: null,
  de: { models: deModels, themes: deThemes },
};

const loaded = new Map<CoachingLocale, MemorySeeds>([['en', MEMORY_SEEDS]]);

/** The memory seeds speaking `locale`, validated once per language. */
export function memorySeedsFor(locale: CoachingLocale): MemorySeeds {
  let seeds = loaded.get(locale);
  if (!seeds) {
    const text = MEMORY_TEXT[locale] ?? {};
    seeds = loadMemorySeeds({
      models: layText(modelsSeed, MEMORY_TEXT_PATHS.models, text.models),
      themes: layText(themesSeed, MEMORY_TEXT_PATHS.themes, text.themes),
    });
    loaded.set(locale, seeds);
  }
  return seeds;
}
