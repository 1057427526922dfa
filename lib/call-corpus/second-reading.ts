// A second reading of a dev call's buyer lines: the objection labels of a reader who never saw the writer's labels
// (seeds/calls/corpus/second-reading/). Scored against the writer's labels with the same rules as the engine, it
// says how far two careful readers agree, so a goal for the classifier can be read against what the labels allow.
import { z } from 'zod';
import { OBJECTION_CATEGORIES, type ObjectionCategory } from '../types';
import type { CorpusCall } from './call-file';
import { objectionAgreement, type FlaggedObjection, type WholeCallScore } from './whole-call-score';

export const secondReadingSchema = z.object({
  call: z.string().regex(/^[a-z0-9-]+$/),
  labels: z.record(z.string().regex(/^\d+$/), z.enum(OBJECTION_CATEGORIES)),
});

export type SecondReading = z.infer<typeof secondReadingSchema>;

/**
 * The second reader's objections on the call's timeline, and how they agree with the writer's labels. Throws
 * naming the line when the reading labels a rep line or a line the call does not have, or leaves a buyer line out.
 */
export function scoreSecondReading(call: CorpusCall, reading: SecondReading): WholeCallScore['objections'] {
  const labels = new Map(Object.entries(reading.labels).map(([index, label]) => [Number(index), label as ObjectionCategory]));
  for (const index of labels.keys()) {
    const line = call.lines[index];
    if (!line) throw new Error(`${reading.call}: line ${index} does not exist`);
    if (line.role !== 'buyer') throw new Error(`${reading.call}: line ${index} is a rep line`);
  }
  const flags: FlaggedObjection[] = [];
  for (const line of call.lines) {
    if (line.role !== 'buyer') continue;
    const label = labels.get(line.index);
    if (!label) throw new Error(`${reading.call}: buyer line ${line.index} has no second reading`);
    if (label !== 'none') flags.push({ category: label, atSec: line.startSec });
  }
  return objectionAgreement(call.lines, flags);
}
