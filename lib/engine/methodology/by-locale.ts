// The methodology in each coaching language: English from the seeds themselves, every other language from its
// text files (seeds/methodology/<locale>/) laid over the English. Pages and the background import this; the
// content script does not (it asks the background for its language's text, to keep its bundle small).
import deNudges from '../../../seeds/methodology/de/nudges.json';
import deObjections from '../../../seeds/methodology/de/objections.json';
import dePlaybook from '../../../seeds/methodology/de/playbook.json';
import deDebrief from '../../../seeds/methodology/de/debrief.json';
import type { CoachingLocale } from '../../coaching-locale';
import { METHODOLOGY, type Methodology } from '.';
import { methodologyWithText, type MethodologyText } from './text';

/** Each language's text; English is the seeds' own (null: nothing laid over them). */
export const METHODOLOGY_TEXT: Record<CoachingLocale, MethodologyText | null> = {
  en: null,
  de: { nudges: deNudges, objections: deObjections, playbook: dePlaybook, debrief: deDebrief },
};

const loaded = new Map<CoachingLocale, Methodology>([['en', METHODOLOGY]]);

/** The methodology speaking `locale`, validated once per language. */
export function methodologyFor(locale: CoachingLocale): Methodology {
  let methodology = loaded.get(locale);
  if (!methodology) {
    methodology = methodologyWithText(METHODOLOGY_TEXT[locale]);
    loaded.set(locale, methodology);
  }
  return methodology;
}
