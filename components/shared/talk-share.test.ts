import { describe, expect, it } from 'vitest';
import { talkShareOverAim } from './talk-share';

describe('talkShareOverAim', () => {
  it('agrees with the shown percentage: 40.4 % reads 40 % and is within an aim of 40 %', () => {
    expect(talkShareOverAim(0.404, 0.4)).toBe(false);
    expect(talkShareOverAim(0.406, 0.4)).toBe(true);
  });
});
