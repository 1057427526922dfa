// The methodology in the coaching's language, for the extension's own pages (popup, options, onboarding) and the
// background. The content script does not use this: it asks the background for its language's text, to keep its
// bundle small.
import type { Methodology } from '../../lib/engine/methodology';
import { methodologyFor } from '../../lib/engine/methodology/by-locale';
import { coachingLocale } from './coaching-language';

export function coachingMethodology(): Methodology {
  return methodologyFor(coachingLocale());
}
