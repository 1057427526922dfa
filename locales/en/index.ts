// The English strings, bundled so that `t()` can fall back to them where the browser's i18n is not available
// (unit tests, pages outside the extension). Add one line per area file.
import extension from './extension.json';

export const ENGLISH_MESSAGES = { ...extension };

export type MessageKey = keyof typeof ENGLISH_MESSAGES;
