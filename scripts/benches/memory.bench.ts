// Memory: consolidation (facts → observations) and regeneration (observations → both mental models) over 500
// stored calls, the work rememberCall does after every call once a rep has that many. Target: under 1 s.
// The calls are the synthetic sequence of test/memory played through the real engine session.
import { createSessionCore } from '../../lib/engine/session';
import { buildMentalModels, nextModelVersions } from '../../lib/memory/mental-models';
import type { MemoryFact } from '../../lib/memory/memory-schema';
import { consolidate } from '../../lib/memory/observations';
import { rememberInMemory } from '../../lib/memory/remember';
import { retainCall } from '../../lib/memory/retain';
import { labelReader, syntheticCalls } from '../../test/memory/synthetic-calls';

const CALLS = 500;
const RUNS = 5;
const TARGET_MS = 1000;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function time<T>(work: () => T): { ms: number; result: T } {
  const start = performance.now();
  const result = work();
  return { ms: performance.now() - start, result };
}

export async function run(): Promise<void> {
  const prepared = time(() =>
    syntheticCalls(CALLS).map((call) => {
      const session = createSessionCore({ classifier: labelReader(call.utterances) });
      for (const line of call.utterances) session.ingestUtterance(line, line.endSec);
      return { call, report: session.report(call.meta), utterances: session.utterances() };
    }),
  );
  const retained = time(() => prepared.result.flatMap(({ call, report, utterances }) => retainCall({ meta: call.meta, utterances, report })));
  const facts: MemoryFact[] = retained.result;
  console.log(`${CALLS} synthetic calls: ${facts.length} facts (replayed through the engine in ${prepared.ms.toFixed(0)} ms, retained in ${retained.ms.toFixed(0)} ms)`);

  const consolidation: number[] = [];
  const regeneration: number[] = [];
  let observations = consolidate(facts);
  for (let runIndex = 0; runIndex < RUNS; runIndex++) {
    const consolidated = time(() => consolidate(facts));
    observations = consolidated.result;
    const regenerated = time(() => nextModelVersions([], buildMentalModels(facts, observations), { generatedAt: 0, afterCallId: null, basedOnCalls: CALLS }));
    consolidation.push(consolidated.ms);
    regeneration.push(regenerated.ms);
  }
  const total = median(consolidation) + median(regeneration);
  console.log(`consolidate ${CALLS} calls → ${observations.length} observations: median ${median(consolidation).toFixed(1)} ms (${RUNS} runs)`);
  console.log(`regenerate both mental models: median ${median(regeneration).toFixed(1)} ms`);
  console.log(`consolidation + regeneration: ${total.toFixed(1)} ms (target < ${TARGET_MS} ms: ${total < TARGET_MS ? 'met' : 'MISSED'})`);

  const { call, report, utterances } = prepared.result[CALLS - 1];
  const before = { facts: facts.filter((fact) => fact.callId !== call.meta.callId), observations, modelVersions: [] };
  const step = time(() => rememberInMemory(before, { meta: call.meta, utterances, report }, 0));
  console.log(`remember the ${CALLS}th call (retain + consolidate + regenerate, pure core): ${step.ms.toFixed(1)} ms`);
}
