// The English strings: the type of every message key, and `t()`'s fallback in unit tests, which have no browser
// i18n. Add one line per area file.
import callType from './call_type.json';
import coaching from './coaching.json';
import debrief from './debrief.json';
import extension from './extension.json';
import figures from './figures.json';
import insights from './insights.json';
import manager from './manager.json';
import model from './model.json';
import onboarding from './onboarding.json';
import options from './options.json';
import overlay from './overlay.json';
import popup from './popup.json';
import shared from './shared.json';

// Pure, so bundles that never read the English (the extension's: Chrome resolves every key) drop the strings.
export const ENGLISH_MESSAGES = /* @__PURE__ */ (() => ({ ...extension, ...shared, ...overlay, ...popup, ...debrief, ...options, ...insights, ...model, ...onboarding, ...figures, ...coaching, ...manager, ...callType }))();

export type MessageKey = keyof typeof ENGLISH_MESSAGES;
