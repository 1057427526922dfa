// Matching for the structural moments that have several parts (an upfront contract sets agenda, time,
// outcome and asks for agreement; a next step names a meeting and a date): which parts a line covers, and
// whether a set of parts is enough.
import type { LabeledUtterance } from '../types';
import type { CompiledCueSet } from './methodology';

export function componentsIn(set: CompiledCueSet, text: string): string[] {
  if (set.vague.some((pattern) => pattern.test(text))) return [];
  return set.components.filter((component) => component.patterns.some((pattern) => pattern.test(text))).map((c) => c.name);
}

/**
 * The parts a labeled line covers. A rep line read as an act the set does not take covers none: "if a supervisor
 * could see that the vendor confirmed for Thursday, what would that change?" is an implication question, not a booking.
 */
export function componentsOfLine(set: CompiledCueSet, line: Pick<LabeledUtterance, 'label' | 'text'>): string[] {
  if (set.repActs && line.label.role === 'rep' && !set.repActs.has(line.label.act)) return [];
  return componentsIn(set, line.text);
}

export function isSatisfied(set: CompiledCueSet, components: ReadonlySet<string>): boolean {
  return components.size >= set.minComponents && set.required.every((name) => components.has(name));
}
