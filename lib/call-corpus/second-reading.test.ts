import { describe, expect, it } from 'vitest';
import { testCall } from './test-call';
import { scoreSecondReading, type SecondReading } from './second-reading';
import type { ObjectionCategory } from '../types';

const call = testCall(
  'd97-second-reading',
  'pricing',
  Array.from({ length: 40 }, (_, index) => {
    if (index % 2 === 0) return ['Sam', 'other', 'Here is what the next part of the plan looks like for the team, step by step.'];
    if (index === 5) return ['Dana', 'budget', 'That is more than we set aside for this.'];
    if (index === 33) return ['Dana', 'timing', 'We cannot take this on before the spring.'];
    return ['Dana', 'none', 'Okay, that makes sense to me, go on with the rest of it please.'];
  }),
);

const buyerIndexes = call.lines.filter((line) => line.role === 'buyer').map((line) => line.index);
const reading = (labels: Record<number, ObjectionCategory>): SecondReading => ({
  call: call.file.id,
  labels: Object.fromEntries(buyerIndexes.map((index) => [String(index), labels[index] ?? 'none'])),
});

describe('second reading', () => {
  it('scores a second reader with the engine’s rules: same category within the match window', () => {
    // Line 7 is a budget flag a few seconds after the labeled budget line: right. Line 21 is a budget flag far from any: wrong.
    // The timing moment at line 33 is read as budget: not caught.
    expect(scoreSecondReading(call, reading({ 7: 'budget', 21: 'budget', 33: 'budget' }))).toEqual({ flagged: 3, flaggedRight: 1, moments: 2, caught: 1 });
  });

  it('agrees fully with a reading that matches the labels', () => {
    expect(scoreSecondReading(call, reading({ 5: 'budget', 33: 'timing' }))).toEqual({ flagged: 2, flaggedRight: 2, moments: 2, caught: 2 });
  });

  it('refuses a reading that leaves a buyer line out or labels a rep line', () => {
    const partial = reading({});
    delete partial.labels['9'];
    expect(() => scoreSecondReading(call, partial)).toThrow('buyer line 9 has no second reading');
    expect(() => scoreSecondReading(call, { ...reading({}), labels: { ...reading({}).labels, 4: 'none' } })).toThrow('line 4 is a rep line');
  });
});
