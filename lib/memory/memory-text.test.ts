import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { COACHING_LOCALES } from '../coaching-locale';
import { leavesOf, textLeaves } from '../engine/methodology/text';
import { MEMORY_SEEDS } from './memory-seeds';
import { ENGLISH_MEMORY_SEEDS, MEMORY_TEXT, MEMORY_TEXT_PATHS, MEMORY_TEXT_SEEDS, memorySeedsFor } from './memory-text';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const digits = (text: string) => [...text.matchAll(/\d+/g)].map((match) => match[0]).sort();
const SEEDS_DIR = path.resolve(import.meta.dirname, '../../seeds/memory');

describe('memory text per language', () => {
  it('has a text folder for every coaching language but English', () => {
    const folders = readdirSync(SEEDS_DIR, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
    expect(folders).toEqual(COACHING_LOCALES.filter((locale) => locale !== 'en').sort());
    for (const locale of folders) expect(readdirSync(path.join(SEEDS_DIR, locale)).sort()).toEqual(MEMORY_TEXT_SEEDS.map((seed) => `${seed}.json`).sort());
  });

  for (const locale of COACHING_LOCALES.filter((name) => name !== 'en')) {
    for (const seed of MEMORY_TEXT_SEEDS) {
      it(`${locale}/${seed}.json: exactly the English text fields, every one a string, no number of its own`, () => {
        const english = textLeaves(ENGLISH_MEMORY_SEEDS[seed], MEMORY_TEXT_PATHS[seed]);
        const translated = leavesOf(MEMORY_TEXT[locale]![seed]);
        expect(english.size).toBeGreaterThan(0);
        expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
        for (const [key, value] of translated) {
          expect(typeof value, `${locale}/${seed}.json ${key}`).toBe('string');
          expect(placeholders(value as string), `${locale}/${seed}.json ${key}: placeholders`).toEqual(placeholders(english.get(key)!));
          expect(digits(value as string), `${locale}/${seed}.json ${key}: digits`).toEqual(digits(english.get(key)!));
        }
      });
    }

    it(`${locale}: the same rules, in other words`, () => {
      const seeds = memorySeedsFor(locale);
      expect(seeds.observations).toEqual(MEMORY_SEEDS.observations);
      expect(seeds.retain).toEqual(MEMORY_SEEDS.retain);
      expect(seeds.themes.order).toEqual(MEMORY_SEEDS.themes.order);
      expect(seeds.themes.themes.monologue.debriefOpportunity).toBe(MEMORY_SEEDS.themes.themes.monologue.debriefOpportunity);
      expect(seeds.models.maxQuoteChars).toBe(MEMORY_SEEDS.models.maxQuoteChars);
      expect(seeds.models.coachingThemes.title).not.toBe(MEMORY_SEEDS.models.coachingThemes.title);
    });
  }

  it('German memory speaks German', () => {
    const seeds = memorySeedsFor('de');
    expect(seeds.models.coachingThemes.title).toBe('Coaching-Themen');
    expect(seeds.themes.themes.talk_share.gapLabel).toBe('spricht die meiste Zeit selbst');
    expect(memorySeedsFor('en')).toBe(MEMORY_SEEDS);
  });
});
