// Matching for the structural moments that have several parts (an upfront contract sets agenda, time,
// outcome and asks for agreement; a next step names a meeting and a date): which parts a line covers, and
// whether a set of parts is enough.
import type { CompiledCueSet } from './methodology';

export function componentsIn(set: CompiledCueSet, text: string): string[] {
  if (set.vague.some((pattern) => pattern.test(text))) return [];
  return set.components.filter((component) => component.patterns.some((pattern) => pattern.test(text))).map((c) => c.name);
}

export function isSatisfied(set: CompiledCueSet, components: ReadonlySet<string>): boolean {
  return components.size >= set.minComponents && set.required.every((name) => components.has(name));
}
