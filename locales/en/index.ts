// The English strings, bundled so that `t()` can fall back to them where the browser's i18n is not available
// (unit tests, pages outside the extension). Add one line per area file.
import debrief from './debrief.json';
import extension from './extension.json';
import insights from './insights.json';
import model from './model.json';
import options from './options.json';
import overlay from './overlay.json';
import popup from './popup.json';
import shared from './shared.json';

export const ENGLISH_MESSAGES = { ...extension, ...shared, ...overlay, ...popup, ...debrief, ...options, ...insights, ...model };

export type MessageKey = keyof typeof ENGLISH_MESSAGES;
