// The methodology and the memory's wording in the coaching's language, for the extension's own pages (popup, options, onboarding) and the
// background. The content script does not use this: it asks the background for its language's text, to keep its
// bundle small.
import type { Methodology } from '../../lib/engine/methodology';
import { methodologyFor } from '../../lib/engine/methodology/by-locale';
import type { MemorySeeds } from '../../lib/memory/memory-seeds';
import { memorySeedsFor } from '../../lib/memory/memory-text';
import { coachingLocale } from './coaching-language';

export function coachingMethodology(): Methodology {
  return methodologyFor(coachingLocale());
}

/** The memory's headings, statements and theme names in the coaching's language. */
export function coachingMemorySeeds(): MemorySeeds {
  return memorySeedsFor(coachingLocale());
}
