// One step of memory after a call: retain its facts (replacing any earlier ones for the same call), consolidate
// every fact into observations, and regenerate the mental models. Pure: the store wraps it in a transaction.
import { buildMentalModels, nextModelVersions } from './mental-models';
import type { MemoryFact, MentalModelVersion, Observation } from './memory-schema';
import { MEMORY_SEEDS, type MemorySeeds } from './memory-seeds';
import { consolidate } from './observations';
import { retainCall, type RetainInput } from './retain';

export interface MemoryState {
  facts: MemoryFact[];
  observations: Observation[];
  /** Every version of every model, oldest first. */
  modelVersions: MentalModelVersion[];
}

export const EMPTY_MEMORY: MemoryState = { facts: [], observations: [], modelVersions: [] };

export const callCountOf = (facts: readonly MemoryFact[]) => new Set(facts.map((fact) => fact.callId)).size;

/** Observations and new model versions for a set of facts; `afterCallId` names the call that triggered it. */
export function rebuildMemory(
  facts: readonly MemoryFact[],
  storedVersions: readonly MentalModelVersion[],
  context: { now: number; afterCallId: string | null },
  seeds: MemorySeeds = MEMORY_SEEDS,
): { observations: Observation[]; newVersions: MentalModelVersion[] } {
  const observations = consolidate(facts, seeds.observations);
  const built = buildMentalModels(facts, observations, seeds);
  const newVersions = nextModelVersions(storedVersions, built, {
    generatedAt: context.now,
    afterCallId: context.afterCallId,
    basedOnCalls: callCountOf(facts),
  });
  return { observations, newVersions };
}

export function rememberInMemory(
  state: MemoryState,
  input: RetainInput,
  now: number,
  seeds: MemorySeeds = MEMORY_SEEDS,
): { state: MemoryState; retained: MemoryFact[]; newVersions: MentalModelVersion[] } {
  const retained = retainCall(input, seeds);
  const facts = [...state.facts.filter((fact) => fact.callId !== input.meta.callId), ...retained];
  const { observations, newVersions } = rebuildMemory(facts, state.modelVersions, { now, afterCallId: input.meta.callId }, seeds);
  return { state: { facts, observations, modelVersions: [...state.modelVersions, ...newVersions] }, retained, newVersions };
}
