// Which language the coaching speaks: the rep's UI language (the browser's, the same one t() uses) where the
// methodology has text in it, English otherwise. Only the words differ by language; every number, cue and rule
// is the same in each.
export const COACHING_LOCALES = ['en', 'de'] as const;
export type CoachingLocale = (typeof COACHING_LOCALES)[number];
export const DEFAULT_COACHING_LOCALE: CoachingLocale = 'en';

/** The coaching language for a UI language tag: "de", "de-AT" → "de"; "en-GB", "fr", none → "en". */
export function coachingLocaleFor(uiLanguage: string | null | undefined): CoachingLocale {
  const primary = (uiLanguage ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (COACHING_LOCALES as readonly string[]).includes(primary) ? (primary as CoachingLocale) : DEFAULT_COACHING_LOCALE;
}
