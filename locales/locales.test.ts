import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, mergedLocales } from './locale-files';
import { ENGLISH_MESSAGES } from './en';

const locales = mergedLocales();
const english = locales.get(DEFAULT_LOCALE)!;

describe('locales', () => {
  it('bundles exactly the English strings the build ships', () => {
    expect(Object.keys(ENGLISH_MESSAGES).sort()).toEqual(Object.keys(english).sort());
  });

  it('has English plus at least one more locale', () => {
    expect([...locales.keys()]).toContain('en');
    expect(locales.size).toBeGreaterThan(1);
  });

  for (const [locale, messages] of locales) {
    if (locale === DEFAULT_LOCALE) continue;
    it(`${locale}: translates only keys English has, with the same placeholders`, () => {
      for (const [key, entry] of Object.entries(messages)) {
        expect(english[key], `${locale} has "${key}", which English lacks`).toBeDefined();
        const names = (text: string) => [...text.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((match) => match[1].toLowerCase()).sort();
        expect(names(entry.message), `${locale} "${key}"`).toEqual(names(english[key].message));
      }
    });
  }
});
