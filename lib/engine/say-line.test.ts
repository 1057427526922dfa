import { describe, expect, it } from 'vitest';
import { METHODOLOGY } from './methodology';
import { SAY_LINE_MAX_WORDS, sayLine } from './say-line';

const wordCount = (text: string) => text.split(/\s+/).length;

describe('sayLine', () => {
  it('skips a greeting and leads with the first real sentence', () => {
    expect(sayLine('Thanks for that. Who else feels this, and who signs off? Anyone else?')).toBe('Who else feels this, and who signs off?');
  });

  it('cuts a long prompt to its first words', () => {
    const line = sayLine(METHODOLOGY.playbook.upfrontContract);
    expect(wordCount(line)).toBeLessThanOrEqual(SAY_LINE_MAX_WORDS);
    expect(line.endsWith('…')).toBe(true);
  });

  it('keeps every objection card line within the glance limit', () => {
    for (const card of Object.values(METHODOLOGY.objections)) expect(wordCount(card.sayNow)).toBeLessThanOrEqual(SAY_LINE_MAX_WORDS);
  });
});
