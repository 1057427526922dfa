// Every string the UI shows goes through t(): the browser's i18n (the rep's UI language, from
// _locales/<language>/messages.json, built from locales/) with English as the fallback outside the extension.
import { ENGLISH_MESSAGES, type MessageKey } from '../../locales/en';

export type { MessageKey };

interface I18nApi {
  getMessage(key: string, substitutions?: string | string[]): string;
}

function browserI18n(): I18nApi | null {
  const api = (globalThis as { chrome?: { i18n?: I18nApi }; browser?: { i18n?: I18nApi } });
  const i18n = api.browser?.i18n ?? api.chrome?.i18n;
  return i18n && typeof i18n.getMessage === 'function' ? i18n : null;
}

/** Chrome's substitution rules: named $placeholders$ point at $1…$9; "$$" is a literal dollar. */
export function formatMessage(key: MessageKey, substitutions: readonly string[]): string {
  const entry = ENGLISH_MESSAGES[key] as { message: string; placeholders?: Record<string, { content: string }> };
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

export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  const values = substitutions.map(String);
  return localizedMessage(key, values) || formatMessage(key, values);
}
