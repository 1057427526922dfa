import type { ReactNode } from 'react';
import { t, type PlaceholderMessageKey } from './i18n';

// A character no translation contains: marks where the element goes in the translated sentence.
const SLOT = '\u2063';

/**
 * A sentence with one element inside it (a link, a code sample), translated as one message whose single
 * placeholder is where the element goes, so translators can move it.
 */
export function MessageWith({ message, children }: { message: PlaceholderMessageKey; children: ReactNode }) {
  const [before, after = ''] = t(message, SLOT).split(SLOT);
  return (
    <>
      {before}
      {children}
      {after}
    </>
  );
}
