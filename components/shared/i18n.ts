// Every string the UI shows goes through t(): the browser's i18n (the rep's UI language, from
// _locales/<language>/messages.json, built from locales/) with English as the fallback where there is no browser i18n.
// Chrome's i18n has no plurals: a counted phrase is two keys, `<base>_one` and `<base>_other`, and tn() picks one.
import { ENGLISH_MESSAGES, type MessageKey } from '../../locales/en';

export type { MessageKey };

/**
 * English for unit tests, which run without the browser's i18n. Builds leave it out of every bundle (about 12 kB
 * gzip in the content script): in the extension Chrome resolves every key itself, falling back key by key to
 * default_locale, which is English.
 */
const FALLBACK_MESSAGES: Partial<typeof ENGLISH_MESSAGES> = import.meta.env.MODE === 'test' ? ENGLISH_MESSAGES : {};

interface I18nApi {
  getMessage(key: string, substitutions?: string | string[]): string;
  getUILanguage?(): string;
}

function browserI18n(): I18nApi | null {
  const api = (globalThis as { chrome?: { i18n?: I18nApi }; browser?: { i18n?: I18nApi } });
  const i18n = api.browser?.i18n ?? api.chrome?.i18n;
  return i18n && typeof i18n.getMessage === 'function' ? i18n : null;
}

type Substitution = string | number;
/** Messages with placeholders need substitutions; messages without take none. */
type SubstitutionsFor<K extends MessageKey> = (typeof ENGLISH_MESSAGES)[K] extends { placeholders: object } ? [Substitution, ...Substitution[]] : [];

/** Chrome's substitution rules: named $placeholders$ point at $1…$9; "$$" is a literal dollar. */
/** Keys of messages without placeholders, for tables of labels. */
export type PlainMessageKey = { [K in MessageKey]: SubstitutionsFor<K> extends [] ? K : never }[MessageKey];

/** Keys of messages with placeholders. */
export type PlaceholderMessageKey = Exclude<MessageKey, PlainMessageKey>;

export function formatMessage(key: MessageKey, substitutions: readonly string[]): string {
  const entry = FALLBACK_MESSAGES[key] as { message: string; placeholders?: Record<string, { content: string }> } | undefined;
  if (!entry) return key;
  const positional = (text: string) => text.replace(/\$(\d)/g, (_, index: string) => substitutions[Number(index) - 1] ?? '');
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const placeholder = entry.placeholders?.[name] ?? entry.placeholders?.[name.toLowerCase()];
      return placeholder ? positional(placeholder.content) : whole;
    })
    .replace(/\$\$/g, '$');
}

function localizedMessage(key: MessageKey, values: string[]): string {
  try {
    return browserI18n()?.getMessage(key, values) ?? '';
  } catch {
    // Test doubles of the browser API throw for i18n: English it is.
    return '';
  }
}

export function t<K extends MessageKey>(key: K, ...substitutions: SubstitutionsFor<K>): string {
  const values = (substitutions as Substitution[]).map(String);
  return localizedMessage(key, values) || formatMessage(key, values);
}

/** The browser's UI language ("de", "en-US") for Intl formatting; English outside the extension. */
export function uiLanguage(): string {
  try {
    const language = browserI18n()?.getUILanguage?.();
    if (language) return language;
  } catch {
    // As in t(): a test double without i18n.
  }
  return 'en';
}

const pluralRulesByLanguage = new Map<string, Intl.PluralRules>();

function pluralCategory(count: number): 'one' | 'other' {
  const language = uiLanguage();
  let rules = pluralRulesByLanguage.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRulesByLanguage.set(language, rules);
  }
  // Languages with more categories (few, many) use the "other" wording until their locale adds keys for them.
  return rules.select(count) === 'one' ? 'one' : 'other';
}

/** The message bases that come as a `_one` / `_other` pair. */
export type PluralBase = {
  [K in MessageKey]: K extends `${infer Base}_one` ? (`${Base}_other` extends MessageKey ? Base : never) : never;
}[MessageKey];

/** A counted phrase: `<base>_one` or `<base>_other` by the UI language's plural rules; the count is $1, then the rest. */
export function tn(base: PluralBase, count: number, ...substitutions: Substitution[]): string {
  const key = `${base}_${pluralCategory(count)}` as MessageKey;
  const values = [formatNumber(count), ...substitutions].map(String);
  return localizedMessage(key, values) || formatMessage(key, values);
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** An Intl number format for the UI language, made once per language and options. */
export function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const language = uiLanguage();
  const cacheKey = `${language}|${JSON.stringify(options)}`;
  let format = numberFormats.get(cacheKey);
  if (!format) {
    format = new Intl.NumberFormat(language, options);
    numberFormats.set(cacheKey, format);
  }
  return format;
}

/** A number as the UI language writes it: 2.5 → "2.5" in English, "2,5" in German. */
export function formatNumber(value: number, maximumFractionDigits = 1): string {
  return numberFormat({ maximumFractionDigits }).format(value);
}

