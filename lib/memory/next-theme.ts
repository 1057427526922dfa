// The one theme a rep works on next (coach one thing at a time): their highest-priority stable gap, in the
// order of seeds/memory/themes.json, with its practice prompt and the latest moment that shows it.
import type { EvidenceRef, MemoryFact, Observation, ThemeKey } from './memory-schema';
import { MEMORY_SEEDS, type MemorySeeds } from './memory-seeds';

export interface NextTheme {
  repName: string;
  theme: ThemeKey;
  label: string;
  gapLabel: string;
  practice: string;
  observationId: string;
  proofCount: number;
  lastSeen: { callId: string; at: number };
  evidence: EvidenceRef[];
}

export function themeToWorkOnNext(
  repName: string,
  observations: readonly Observation[],
  facts: ReadonlyMap<string, MemoryFact>,
  seeds: MemorySeeds = MEMORY_SEEDS,
): NextTheme | null {
  const rank = (theme: string) => seeds.themes.order.indexOf(theme as ThemeKey);
  const gaps = observations
    .filter((observation) => observation.kind === 'gap' && observation.repName === repName && observation.status === 'stable')
    .sort((a, b) => rank(a.subject) - rank(b.subject) || b.proofCount - a.proofCount);
  const top = gaps[0];
  if (!top) return null;
  const theme = top.subject as ThemeKey;
  const wording = seeds.themes.themes[theme];
  const latestSource = top.sourceFactIds.map((id) => facts.get(id)).findLast((fact) => fact !== undefined);
  return {
    repName,
    theme,
    label: wording.label,
    gapLabel: wording.gapLabel,
    practice: wording.practice,
    observationId: top.id,
    proofCount: top.proofCount,
    lastSeen: top.lastSeen,
    evidence: latestSource?.evidence ?? [],
  };
}

/** Every rep memory knows about, with their next theme (null when nothing has recurred yet). */
export function nextThemesByRep(facts: readonly MemoryFact[], observations: readonly Observation[], seeds: MemorySeeds = MEMORY_SEEDS) {
  const byId = new Map(facts.map((fact) => [fact.id, fact]));
  const reps = [...new Set(facts.map((fact) => fact.repName))].sort();
  return reps.map((repName) => ({ repName, next: themeToWorkOnNext(repName, observations, byId, seeds) }));
}
