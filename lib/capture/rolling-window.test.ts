import { describe, expect, it } from 'vitest';
import { mergeRollingWindow, windowBelongsTo } from './rolling-window';

/** What Zoom shows: the last `size` words of the text said so far. */
function windowOf(text: string, size: number): string {
  return text.split(' ').slice(-size).join(' ');
}

describe('merging rolling windows', () => {
  it('starts with the first window', () => {
    expect(mergeRollingWindow('', 'hello there')).toBe('hello there');
  });

  it('takes in growth', () => {
    expect(mergeRollingWindow('hello there', 'hello there how are you')).toBe('hello there how are you');
  });

  it('keeps the beginning a window dropped', () => {
    expect(mergeRollingWindow('hello there how are you', 'there how are you doing today')).toBe(
      'hello there how are you doing today',
    );
  });

  it('takes a correction of the last words', () => {
    expect(mergeRollingWindow('we spent forty thousan on the lost', 'spent forty thousand on the last tool')).toBe(
      'we spent forty thousand on the last tool',
    );
  });

  it('ignores case and punctuation changes when placing the window, and takes the new punctuation', () => {
    expect(mergeRollingWindow('so what does it cost', 'What does it cost you?')).toBe('so What does it cost you?');
  });

  it('does not repeat words of a repetitive line', () => {
    expect(mergeRollingWindow('no no no', 'no no no no')).toBe('no no no no');
  });

  it('leaves the text as it is when the same window is shown again', () => {
    expect(mergeRollingWindow('a b c d e f', 'd e f')).toBe('a b c d e f');
  });

  it('appends a window that shares nothing (the row jumped ahead)', () => {
    expect(mergeRollingWindow('hello there', 'totally new words')).toBe('hello there totally new words');
  });

  it('rebuilds a whole long line from windows of 12 words growing one or three words at a time', () => {
    const words = Array.from({ length: 120 }, (_, i) => ['we', 'route', 'jobs', 'by', 'hand', 'every', 'day'][i % 7]);
    for (const step of [1, 3]) {
      let merged = '';
      for (let said = step; said <= words.length; said += step) {
        merged = mergeRollingWindow(merged, windowOf(words.slice(0, said).join(' '), 12));
      }
      expect(merged).toBe(words.slice(0, words.length - (words.length % step)).join(' '));
    }
  });
});

describe('windows shown again', () => {
  it('belong to the utterance whose tail they show', () => {
    expect(windowBelongsTo('hello there how are you doing today', 'are you doing today')).toBe(true);
    expect(windowBelongsTo('hello there how are you doing today', 'are you doing today, friend')).toBe(true);
  });

  it('do not belong to an unrelated utterance', () => {
    expect(windowBelongsTo('hello there how are you doing today', 'what is the budget')).toBe(false);
    expect(windowBelongsTo('', 'anything')).toBe(false);
  });
});
