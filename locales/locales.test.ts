import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, LOCALES_DIR, mergedLocales, type MessagesFile } from './locale-files';
import { ENGLISH_MESSAGES } from './en';

const locales = mergedLocales();
const english = locales.get(DEFAULT_LOCALE)!;

/** `$name$` references in a message, lower-cased as Chrome matches them. */
const placeholderNames = (text: string) => [...text.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((match) => match[1].toLowerCase()).sort();

function areaFile(locale: string, area: string): MessagesFile | null {
  const file = path.join(LOCALES_DIR, locale, `${area}.json`);
  return readdirSync(path.join(LOCALES_DIR, locale)).includes(`${area}.json`) ? (JSON.parse(readFileSync(file, 'utf8')) as MessagesFile) : null;
}

describe('locales', () => {
  it('bundles exactly the English strings the build ships', () => {
    expect(Object.keys(ENGLISH_MESSAGES).sort()).toEqual(Object.keys(english).sort());
  });

  it('has English plus at least one more locale', () => {
    expect([...locales.keys()]).toContain('en');
    expect(locales.size).toBeGreaterThan(1);
  });

  it('English: every area file is bundled, with its own key prefix', () => {
    const areas = readdirSync(path.join(LOCALES_DIR, DEFAULT_LOCALE)).filter((name) => name.endsWith('.json')).map((name) => name.replace(/\.json$/, ''));
    for (const area of areas) {
      for (const key of Object.keys(areaFile(DEFAULT_LOCALE, area)!)) {
        expect(key.startsWith(`${area}_`), `locales/en/${area}.json: "${key}" should start with "${area}_"`).toBe(true);
      }
    }
  });

  it('English: every counted phrase has its _other form', () => {
    for (const key of Object.keys(english).filter((name) => name.endsWith('_one'))) {
      expect(english[key.replace(/_one$/, '_other')], `"${key}" has no _other`).toBeDefined();
    }
  });

  for (const [locale, messages] of locales) {
    it(`${locale}: every $placeholder$ is defined as $1…$9 and every definition is used`, () => {
      for (const [key, entry] of Object.entries(messages)) {
        const defined = Object.entries(entry.placeholders ?? {});
        for (const name of placeholderNames(entry.message)) {
          const definition = defined.find(([definedName]) => definedName.toLowerCase() === name);
          expect(definition, `${locale} "${key}": $${name}$ has no placeholder`).toBeDefined();
          expect(definition?.[1].content, `${locale} "${key}": $${name}$`).toMatch(/^\$[1-9]$/);
        }
        for (const [name] of defined) expect(placeholderNames(entry.message), `${locale} "${key}": placeholder ${name} unused`).toContain(name.toLowerCase());
      }
    });

    if (locale === DEFAULT_LOCALE) continue;
    it(`${locale}: translates only keys English has, with the same placeholders`, () => {
      for (const [key, entry] of Object.entries(messages)) {
        expect(english[key], `${locale} has "${key}", which English lacks`).toBeDefined();
        expect(placeholderNames(entry.message), `${locale} "${key}"`).toEqual(placeholderNames(english[key].message));
      }
    });

    it(`${locale}: an area's language key names the locale wherever the area is translated`, () => {
      for (const [key, entry] of Object.entries(messages)) {
        if (key.endsWith('_language')) expect(entry.message, `${locale} "${key}"`).toBe(locale);
      }
    });
  }

  // Chrome falls back to default_locale key by key, so a locale may be partial; these areas must not be.
  it.each(['overlay', 'popup', 'shared', 'debrief', 'coaching'])('de: the %s area is translated completely', (area) => {
    const englishKeys = Object.keys(areaFile(DEFAULT_LOCALE, area)!).sort();
    expect(Object.keys(areaFile('de', area) ?? {}).sort()).toEqual(englishKeys);
  });
});
