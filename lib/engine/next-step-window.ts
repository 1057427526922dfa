// Why: captions split a booking over several rows and mishear half of it ("so the week of the twelfth" …
// "does like ten thirty work for you" … "ten thirty works"), so no single line holds a date and a meeting. A
// next step is found when the parts named in seeds/methodology/cues.json `nextStep` appear together on one
// line or across a short window of consecutive lines; the booking is placed at the line that completed it.
import type { CompiledCueSet } from './methodology';
import { isSatisfied } from './cue-set';

export interface WindowLine {
  id: string;
  startSec: number;
  /** The cue-set components this line holds. */
  components: readonly string[];
}

/**
 * The first line, at or after `fromSec`, that completes a next step: alone, or with the lines just before it
 * (at most `acrossLines.maxLines` consecutive lines spanning at most `acrossLines.maxSec`). `lines` are in
 * spoken order.
 */
export function firstCompletingLine<Line extends WindowLine>(set: CompiledCueSet, lines: readonly Line[], fromSec: number): Line | null {
  const maxLines = set.acrossLines?.maxLines ?? 1;
  const maxSec = set.acrossLines?.maxSec ?? 0;
  for (let end = 0; end < lines.length; end++) {
    const last = lines[end];
    if (last.startSec < fromSec || last.components.length === 0) continue;
    const found = new Set<string>();
    for (let start = end; start >= 0 && end - start < maxLines; start--) {
      const line = lines[start];
      if (start !== end && (line.startSec < fromSec || last.startSec - line.startSec > maxSec)) break;
      for (const name of line.components) found.add(name);
      if (isSatisfied(set, found)) return last;
    }
  }
  return null;
}
