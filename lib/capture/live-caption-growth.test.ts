import { describe, expect, it } from 'vitest';
import { isLiveCaptionRewrite } from './live-caption-growth';

describe('isLiveCaptionRewrite', () => {
  it('takes a line growing word by word, or corrected at its end, as a live caption', () => {
    expect(isLiveCaptionRewrite('How do your', 'How do your dispatchers')).toBe(true);
    expect(isLiveCaptionRewrite('We route jobs by hand', 'We route jobs by hand today.')).toBe(true);
    expect(isLiveCaptionRewrite('We route jobs by hang', 'We route jobs by hand and')).toBe(true);
  });

  it("takes Zoom's rolling window sliding forward as a live caption", () => {
    expect(isLiveCaptionRewrite('one two three four five', 'three four five six')).toBe(true);
  });

  it('rejects what other page text does: unchanged, replaced, shrinking, or a toast swapping its words', () => {
    expect(isLiveCaptionRewrite('You are muted', 'You are muted')).toBe(false);
    expect(isLiveCaptionRewrite('Priya Shah joined', 'Recording started')).toBe(false);
    expect(isLiveCaptionRewrite('We route jobs by hand today', 'We route')).toBe(false);
    expect(isLiveCaptionRewrite('', 'Hello there')).toBe(false);
    expect(isLiveCaptionRewrite('You are muted', 'You are unmuted')).toBe(false);
  });
});
