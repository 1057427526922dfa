import { describe, expect, it } from 'vitest';
import { WORD_CLASSES, wordClassesOf } from './cues';

describe('word classes', () => {
  it('matches exact words and any token that starts with a starred stem', () => {
    expect(wordClassesOf('frustrating')).toContain('pain');
    expect(wordClassesOf('frustrated')).toContain('pain');
    expect(wordClassesOf('costs')).toEqual(expect.arrayContaining(['consequence', 'money']));
    expect(wordClassesOf('thursday')).toContain('logistics');
    expect(wordClassesOf('thursdays')).not.toContain('logistics');
    expect(wordClassesOf('zebra')).toEqual([]);
  });

  it('answers the same for a token seen before', () => {
    expect(wordClassesOf('unlocks')).toEqual(wordClassesOf('unlocks'));
    expect(wordClassesOf('unlocks')).toContain('gain');
  });

  it('holds only normalized entries, since tokens arrive lowercase and without punctuation', () => {
    for (const { words } of WORD_CLASSES) {
      for (const entry of words) expect(entry).toMatch(/^[a-z0-9]+\*?$/);
    }
  });
});
