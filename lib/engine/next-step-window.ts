// Why: captions split a booking over several rows and mishear half of it ("so the week of the twelfth" …
// "does like ten thirty work for you" … "ten thirty works"), so no single line holds a date and a meeting. A
// next step is found when the parts named in seeds/methodology/cues.json `nextStep` appear together on one
// line or across a short window of consecutive lines; the booking is placed at the line that completed it.
import type { LabeledUtterance } from '../types';
import type { CompiledCueSet } from './methodology';
import { componentsOfLine, isSatisfied } from './cue-set';

export interface WindowLine {
  id: string;
  startSec: number;
  /** The cue-set components this line holds. */
  components: readonly string[];
}

/**
 * Where the shortest window ending at line `end` that holds a next step starts (its first line's start time), or
 * null when none does: the line alone, or with the lines just before it (at most `acrossLines.maxLines`
 * consecutive lines spanning at most `acrossLines.maxSec`). `lineAt` reads the call's lines in spoken order.
 */
export function windowStartSecEndingAt(set: CompiledCueSet, lineAt: (index: number) => WindowLine | undefined, end: number): number | null {
  const last = lineAt(end);
  if (!last || last.components.length === 0) return null;
  const maxLines = set.acrossLines?.maxLines ?? 1;
  const maxSec = set.acrossLines?.maxSec ?? 0;
  const found = new Set<string>();
  for (let start = end; start >= 0 && end - start < maxLines; start--) {
    const line = lineAt(start);
    if (!line || (start !== end && last.startSec - line.startSec > maxSec)) break;
    for (const name of line.components) found.add(name);
    if (isSatisfied(set, found)) return line.startSec;
  }
  return null;
}

/** The lines of the shortest window that holds a next step and ends at line `end` (empty when none does). */
export function bookingWindow<Line extends Pick<LabeledUtterance, 'id' | 'startSec' | 'text' | 'label'>>(set: CompiledCueSet, lines: readonly Line[], end: number): Line[] {
  const startSec = windowStartSecEndingAt(set, (index) => lines[index] && { ...lines[index], components: componentsOfLine(set, lines[index]) }, end);
  if (startSec === null) return [];
  let start = end;
  while (start > 0 && lines[start - 1].startSec >= startSec) start--;
  return lines.slice(start, end + 1);
}
