// The extension's UI strings live in locales/<language>/<area>.json, one file per area of the UI, in Chrome's
// messages format ({ key: { message, description?, placeholders? } }). At build time they are merged into each
// locale's _locales/<language>/messages.json (see wxt.config.ts); a key defined twice is an error. Node-only.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface ChromeMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type MessagesFile = Record<string, ChromeMessage>;

export const LOCALES_DIR = path.dirname(new URL(import.meta.url).pathname);
export const DEFAULT_LOCALE = 'en';

/** Every locale folder's area files merged into one messages object per locale. */
export function mergedLocales(dir = LOCALES_DIR): Map<string, MessagesFile> {
  const locales = new Map<string, MessagesFile>();
  for (const locale of readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()) {
    const merged: MessagesFile = {};
    for (const file of readdirSync(path.join(dir, locale)).filter((name) => name.endsWith('.json')).sort()) {
      const messages = JSON.parse(readFileSync(path.join(dir, locale, file), 'utf8')) as MessagesFile;
      for (const [key, value] of Object.entries(messages)) {
        if (!/^[A-Za-z0-9_@]+$/.test(key)) throw new Error(`locales/${locale}/${file}: "${key}" is not a valid message name`);
        if (key in merged) throw new Error(`locales/${locale}/${file}: "${key}" is defined twice`);
        merged[key] = value;
      }
    }
    locales.set(locale, merged);
  }
  return locales;
}
