// The methodology in the rep's UI language, for the extension's own pages (popup, options, onboarding). The
// content script does not use this: it asks the background for its language's text, to keep its bundle small.
import { coachingLocaleFor } from '../../lib/coaching-locale';
import type { Methodology } from '../../lib/engine/methodology';
import { methodologyFor } from '../../lib/engine/methodology/by-locale';
import { uiLanguage } from './i18n';

export function coachingMethodology(): Methodology {
  return methodologyFor(coachingLocaleFor(uiLanguage()));
}
