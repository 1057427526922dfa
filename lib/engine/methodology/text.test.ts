import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { METHODOLOGY, SEEDS } from '.';
import { METHODOLOGY_TEXT, methodologyFor } from './by-locale';
import { leavesOf, methodologyFromText, methodologyWithText, seedsWithText, TEXT_PATHS, TEXT_SEEDS, textLeaves } from './text';
import { COACHING_LOCALES, coachingLocaleFor } from '../../coaching-locale';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const digits = (text: string) => [...text.matchAll(/\d+/g)].map((match) => match[0]).sort();
const SEEDS_DIR = path.resolve(import.meta.dirname, '../../../seeds/methodology');

describe('coaching locale', () => {
  it('follows the UI language where there is coaching text, English otherwise', () => {
    expect(coachingLocaleFor('de')).toBe('de');
    expect(coachingLocaleFor('de-AT')).toBe('de');
    expect(coachingLocaleFor('en-GB')).toBe('en');
    expect(coachingLocaleFor('fr')).toBe('en');
    expect(coachingLocaleFor(undefined)).toBe('en');
  });
});

describe('methodology text per language', () => {
  it('has a text folder for every coaching language but English, and a text for each', () => {
    const folders = readdirSync(SEEDS_DIR, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
    expect(folders).toEqual(COACHING_LOCALES.filter((locale) => locale !== 'en').sort());
    for (const locale of folders) {
      expect(readdirSync(path.join(SEEDS_DIR, locale)).sort()).toEqual(TEXT_SEEDS.map((seed) => `${seed}.json`).sort());
    }
  });

  for (const locale of COACHING_LOCALES.filter((name) => name !== 'en')) {
    for (const seed of TEXT_SEEDS) {
      it(`${locale}/${seed}.json: exactly the English text fields, every one a string, no number of its own`, () => {
        const english = textLeaves(SEEDS[seed], TEXT_PATHS[seed]);
        const translated = leavesOf(METHODOLOGY_TEXT[locale]![seed]);
        expect(english.size).toBeGreaterThan(0);
        expect([...translated.keys()].sort(), 'keys in both directions').toEqual([...english.keys()].sort());
        for (const [key, value] of translated) {
          expect(typeof value, `${locale}/${seed}.json ${key}`).toBe('string');
          const text = value as string;
          expect(text.trim(), `${locale}/${seed}.json ${key}`).not.toBe('');
          expect(placeholders(text), `${locale}/${seed}.json ${key}: placeholders`).toEqual(placeholders(english.get(key)!));
          expect(digits(text), `${locale}/${seed}.json ${key}: digits`).toEqual(digits(english.get(key)!));
        }
      });
    }

    it(`${locale}: loads, and only its words differ from English`, () => {
      const methodology = methodologyFor(locale);
      expect(methodology.thresholds).toEqual(METHODOLOGY.thresholds);
      expect(methodology.cues).toEqual(METHODOLOGY.cues);
      expect(methodology.playbook.checklistPriority).toEqual(METHODOLOGY.playbook.checklistPriority);
      expect(methodology.debriefWording.byCallType.pricing.opportunityOrder).toEqual(METHODOLOGY.debriefWording.byCallType.pricing.opportunityOrder);
      expect(methodology.nudgeWording.monologue.promptFrom).toBe(METHODOLOGY.nudgeWording.monologue.promptFrom);
      expect(methodology.nudgeWording.monologue.title).not.toBe(METHODOLOGY.nudgeWording.monologue.title);
    });
  }

  it('German coaches in German', () => {
    const german = methodologyFor('de');
    expect(german.nudgeWording['talk-share'].title).toBe('Lassen Sie den Kunden reden');
    expect(german.objections.budget.clarify).toMatch(/Gesamtsumme/);
    expect(german.debriefWording.headings.wentWell).toBe('Was gut lief');
  });

  it('lays text only over text: a rule, a number or an unknown key in a translation changes nothing', () => {
    const hostile = {
      nudges: { monologue: { title: 'Neu', promptFrom: 'spin.nothing' } },
      debrief: { quoteMaxChars: 3, maxWentWell: 'viele', grounding: { pushbackCues: ['('] } },
      playbook: { checklistPriority: ['problem'] },
    };
    const seeds = seedsWithText(hostile);
    expect((seeds.nudges as any).monologue).toEqual({ ...(SEEDS.nudges as any).monologue, title: 'Neu' });
    expect(seeds.debrief).toEqual(SEEDS.debrief);
    expect(seeds.playbook).toEqual(SEEDS.playbook);
    expect(methodologyWithText(hostile).nudgeWording.monologue.title).toBe('Neu');
  });

  it('English without text laid over it', () => {
    expect(methodologyWithText(null)).toEqual(METHODOLOGY);
    expect(methodologyFor('en')).toBe(METHODOLOGY);
  });

  it('text from elsewhere: English when there is none or it is not text', () => {
    expect(methodologyFromText(null)).toBe(METHODOLOGY);
    expect(methodologyFromText('Hallo')).toBe(METHODOLOGY);
    expect(methodologyFromText(METHODOLOGY_TEXT.de).nudgeWording['next-step'].title).toBe('Vereinbaren Sie den nächsten Schritt');
  });
});
