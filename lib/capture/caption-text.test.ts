import { describe, expect, it } from 'vitest';
import {
  cleanCaptionText,
  cleanSpeakerLabel,
  comparableWords,
  isCutOf,
  MAX_CAPTION_CHARS,
  MAX_SPEAKER_CHARS,
  textsCorrespond,
  wordOverlap,
} from './caption-text';

describe('cleaning caption text', () => {
  it('collapses whitespace, including non-breaking spaces and newlines', () => {
    expect(cleanCaptionText('  so\u00A0how   many\n people  ')).toBe('so how many people');
  });

  it('removes zero-width and bidi control characters', () => {
    expect(cleanCaptionText('pay\u200Bment \u202Eevil\u202C \u2066ok\u2069\uFEFF')).toBe('payment evil ok');
  });

  it('keeps emoji sequences that need a zero-width joiner', () => {
    expect(cleanCaptionText(' 👩\u200D💻 👍🏽 ')).toBe('👩\u200D💻 👍🏽');
  });

  it('keeps markup as plain text', () => {
    expect(cleanCaptionText('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
  });

  it('keeps a 10,000-character caption whole and caps far longer ones', () => {
    const long = 'word '.repeat(2000).trim();
    expect(cleanCaptionText(long)).toBe(long);
    expect(cleanCaptionText('x'.repeat(MAX_CAPTION_CHARS + 500))).toHaveLength(MAX_CAPTION_CHARS);
  });

  it('never cuts an emoji in half', () => {
    const text = 'a'.repeat(MAX_CAPTION_CHARS - 1) + '😀';
    const cleaned = cleanCaptionText(text + ' more');
    expect(cleaned.endsWith('\uD83D')).toBe(false);
    expect(cleaned.length).toBeLessThanOrEqual(MAX_CAPTION_CHARS);
  });

  it('caps speaker labels', () => {
    expect(cleanSpeakerLabel(' Dana\u200F  Kim ')).toBe('Dana Kim');
    expect(cleanSpeakerLabel('n'.repeat(1000))).toHaveLength(MAX_SPEAKER_CHARS);
  });
});

describe('comparing renderings of a line', () => {
  it('reduces text to lower-case words', () => {
    expect(comparableWords("We've spent $40k, honestly!")).toEqual(["we've", 'spent', '40k', 'honestly']);
    expect(comparableWords('👍')).toEqual([]);
  });

  it('measures word overlap', () => {
    expect(wordOverlap(['a', 'b'], ['b', 'a'])).toBe(1);
    expect(wordOverlap(['a', 'b'], ['c'])).toBe(0);
  });

  it('treats growth, cuts and small corrections as the same line', () => {
    expect(textsCorrespond('so how many', 'So how many people are on the team?')).toBe(true);
    expect(textsCorrespond('marker0 how', 'marker0 hows')).toBe(true);
    expect(textsCorrespond('we use sales', 'we use salesforce for it')).toBe(true);
    expect(textsCorrespond('so how many people are on the team', 'people are on the team')).toBe(true);
    expect(textsCorrespond('we spent forty thousan on it', 'We spent forty thousand on it.')).toBe(true);
    expect(textsCorrespond('👍', '👍')).toBe(true);
  });

  it('tells different lines apart', () => {
    expect(textsCorrespond('what does that cost you', 'we use spreadsheets today')).toBe(false);
    expect(textsCorrespond('👍', '🎉')).toBe(false);
    expect(textsCorrespond('👍', 'yes')).toBe(false);
  });
});

describe('cut renderings', () => {
  it('knows a shorter piece of a line', () => {
    expect(isCutOf('so how many people are on the team', 'people are on the team')).toBe(true);
    expect(isCutOf('people are on the team', 'so how many people are on the team')).toBe(false);
    expect(isCutOf('so how many people', 'so how many teams')).toBe(false);
  });
});
