import { describe, expect, it } from 'vitest';
import { memoryProgressText } from './memory-progress';

describe('memoryProgressText', () => {
  it('counts the calls still needed before anything can be stable', () => {
    expect(memoryProgressText(0, 2, 'a gap recurs')).toBe('0 calls analyzed so far. Something shows up here after 2 more calls, once a gap recurs in 2 calls.');
    expect(memoryProgressText(1, 2, 'a gap recurs')).toBe('1 call analyzed so far. Something shows up here after 1 more call, once a gap recurs in 2 calls.');
  });

  it('says nothing has recurred when there were enough calls', () => {
    expect(memoryProgressText(5, 2, 'a gap recurs')).toBe('5 calls analyzed so far. Nothing has recurred yet: something shows up here once a gap recurs in 2 or more calls.');
  });
});
