import { describe, expect, it } from 'vitest';
import { TEST_SPLIT_PERCENT, foldOf, isTestLine, stableHash } from './split';

const lines = Array.from({ length: 2000 }, (_, i) => `how many people work on team number ${i}`);

describe('test split', () => {
  it('uses a hash that is fixed across runs', () => {
    expect(stableHash('')).toBe(0x811c9dc5);
    expect(stableHash('a')).toBe(0xe40c292c);
  });

  it('puts about 20 % of lines in the test split', () => {
    const share = lines.filter(isTestLine).length / lines.length;
    expect(Math.abs(share - TEST_SPLIT_PERCENT / 100)).toBeLessThan(0.03);
  });

  it('decides by normalized text, so typography does not move a line', () => {
    for (const line of lines.slice(0, 200)) expect(isTestLine(`${line.toUpperCase()}?`)).toBe(isTestLine(line));
  });

  it('spreads training lines over every fold', () => {
    const folds = new Set(lines.map((line) => foldOf(line, 5)));
    expect([...folds].sort()).toEqual([0, 1, 2, 3, 4]);
  });
});
