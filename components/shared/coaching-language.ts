// The coaching's language: the locale the UI's own strings come from (Chrome picks it from the browser's language
// and the locales the extension ships), so the coaching and the buttons around it always agree. Not the browser's
// getUILanguage(), which can differ from the locale Chrome resolved the strings in.
import { coachingLocaleFor, type CoachingLocale } from '../../lib/coaching-locale';
import { t } from './i18n';

export function coachingLocale(): CoachingLocale {
  return coachingLocaleFor(t('coaching_language'));
}
