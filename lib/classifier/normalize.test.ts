import { describe, expect, it } from 'vitest';
import { normalizeText, normalizeTokens } from './normalize';

describe('normalizeText', () => {
  it('lowercases and strips punctuation', () => {
    expect(normalizeText('How many REPS, in total?!')).toBe('how many reps in total');
  });

  it('expands contractions written with or without the apostrophe to the same form', () => {
    expect(normalizeText("What's stopping you? We don't know.")).toBe('what is stopping you we do not know');
    expect(normalizeText('whats stopping you we dont know')).toBe('what is stopping you we do not know');
    expect(normalizeText('We’re stuck')).toBe('we are stuck');
  });

  it('drops hesitations and filler "you know" / "like" but keeps the verbs', () => {
    expect(normalizeText('um so uh you know the reports are late')).toBe('so the reports are late');
    expect(normalizeText('do you know how many reps you have')).toBe('do you know how many reps you have');
    expect(normalizeText('and like the approvals take a week')).toBe('and the approvals take a week');
    expect(normalizeText('would you like to see a demo')).toBe('would you like to see a demo');
  });

  it('collapses caption stutters and keeps back-channels', () => {
    expect(normalizeText('the the team is is small')).toBe('the team is small');
    expect(normalizeText('mm-hmm')).toBe('mm hmm');
  });

  it('turns currency and percent symbols into words', () => {
    expect(normalizeTokens('$40k, 20% off')).toEqual(['dollar', '40k', '20', 'percent', 'off']);
  });

  it('returns nothing for text without words', () => {
    expect(normalizeTokens(' ... ?! ')).toEqual([]);
  });
});
