// The published benchmarks the interaction figures are read against, and their sources, as data
// (seeds/methodology/benchmarks.json): the debrief, the call page, Trends and the README all quote the same
// numbers, and changing a benchmark is a data change. Checked once, when the engine is first imported.
import { z } from 'zod/mini';
import seed from '../../seeds/methodology/benchmarks.json';
import { NUDGE_KINDS } from '../types';

export const FIGURE_IDS = ['talkShare', 'longestCustomerStory', 'interactivity', 'questionCount', 'questionSpread', 'patience'] as const;
export type FigureId = (typeof FIGURE_IDS)[number];

const seconds = z.number().check(z.minimum(0));

const benchmarkSchema = z.object({
  /** near: close to `target` is best; within: between `from` and `to`; higher: more goes with success. */
  direction: z.enum(['near', 'within', 'higher']),
  unit: z.enum(['share', 'seconds', 'perMinute', 'count']),
  target: z.optional(z.number()),
  from: z.optional(z.number()),
  to: z.optional(z.number()),
});

const benchmarksSchema = z.object({
  story: z.object({
    backChannelMaxSec: seconds,
    maxSilenceSec: seconds,
    holdNudgesAfterSec: seconds,
    stillGoingSec: seconds,
    neverHold: z.array(z.enum(NUDGE_KINDS)),
  }),
  patience: z.object({ maxMeasuredSec: z.number().check(z.positive()) }),
  figures: z
    .array(z.object({ id: z.enum(FIGURE_IDS), benchmark: benchmarkSchema, summary: z.string().check(z.minLength(1)), source: z.string().check(z.minLength(1)) }))
    .check(z.refine((figures) => FIGURE_IDS.every((id) => figures.filter((figure) => figure.id === id).length === 1), 'every figure exactly once')),
});

export type Benchmarks = z.infer<typeof benchmarksSchema>;
export type FigureBenchmark = Benchmarks['figures'][number];

export function loadBenchmarks(raw: unknown): Benchmarks {
  return benchmarksSchema.parse(raw);
}

export const BENCHMARKS: Benchmarks = loadBenchmarks(seed);

export function benchmarkOf(id: FigureId, benchmarks: Benchmarks = BENCHMARKS): FigureBenchmark {
  return benchmarks.figures.find((figure) => figure.id === id)!;
}

/** Whether a value meets its benchmark; null when the benchmark gives no number to meet. */
export function meetsBenchmark(value: number, { benchmark }: FigureBenchmark, tolerance = 0.07): boolean | null {
  if (benchmark.direction === 'near' && benchmark.target !== undefined) return Math.abs(value - benchmark.target) <= tolerance;
  if (benchmark.direction === 'within' && benchmark.from !== undefined && benchmark.to !== undefined) return value >= benchmark.from && value <= benchmark.to;
  if (benchmark.direction === 'higher' && benchmark.target !== undefined) return value >= benchmark.target;
  return null;
}
