import { describe, expect, it } from 'vitest';
import {
  CAPTION_REGION_LABELS_BY_LANGUAGE,
  createSelfLabelMatcher,
  initialsOf,
  isPlaceholderSpeaker,
  preferredSpeaker,
  SELF_LABELS_BY_LANGUAGE,
  speakersCompatible,
} from './speaker-labels';

describe('self labels', () => {
  const isSelf = createSelfLabelMatcher();

  it('recognizes "You" in any case and spacing', () => {
    for (const label of ['You', 'you', ' YOU ', 'You\u200B']) expect(isSelf(label)).toBe(true);
  });

  it('recognizes the local user in the major UI languages', () => {
    for (const label of ['Du', 'Vous', 'Tú', 'Você', 'Tu', 'Jij', 'Ty', 'Jag', 'あなた', '你', '나']) {
      expect(isSelf(label), label).toBe(true);
    }
    for (const language of ['de', 'fr', 'es', 'pt', 'it', 'nl', 'pl', 'ja', 'zh', 'ko', 'sv']) {
      expect(SELF_LABELS_BY_LANGUAGE[language]?.length, language).toBeGreaterThan(0);
    }
  });

  it('recognizes a name marked "(You)"', () => {
    expect(isSelf('Jordan Ellis (You)')).toBe(true);
    expect(isSelf('Jordan Ellis (Du)')).toBe(true);
    expect(isSelf('Jordan Ellis (Sales)')).toBe(false);
  });

  it('does not take names that start like a label for the local user', () => {
    for (const label of ['Youssef', 'Yolanda', 'Dana Kim', 'Ben', 'Your Name', '']) expect(isSelf(label)).toBe(false);
  });

  it('adds extra labels from the options', () => {
    const withRep = createSelfLabelMatcher(['Jordan Ellis', '  ']);
    expect(withRep('jordan  ellis')).toBe(true);
    expect(withRep('You')).toBe(true);
    expect(withRep('')).toBe(false);
  });
});

describe('placeholder speakers', () => {
  it('knows "Unknown user" and its translations', () => {
    expect(isPlaceholderSpeaker('Unknown user')).toBe(true);
    expect(isPlaceholderSpeaker('unknown USER')).toBe(true);
    expect(isPlaceholderSpeaker('Unbekannter Benutzer')).toBe(true);
    expect(isPlaceholderSpeaker('Dana Kim')).toBe(false);
  });
});

describe('initials', () => {
  it('takes the first letters of the first and last words', () => {
    expect(initialsOf('Dana Kim')).toBe('DK');
    expect(initialsOf('josé de la cruz')).toBe('JC');
    expect(initialsOf('Priya')).toBe('P');
    expect(initialsOf("  O'Neil, Sam ")).toBe('OS');
    expect(initialsOf('')).toBe('');
  });
});

describe('speaker compatibility', () => {
  it('accepts equal names, placeholders and initials', () => {
    expect(speakersCompatible('Dana Kim', 'dana kim')).toBe(true);
    expect(speakersCompatible('Unknown user', 'Dana Kim')).toBe(true);
    expect(speakersCompatible('Dana Kim', 'Unknown user')).toBe(true);
    expect(speakersCompatible('DK', 'Dana Kim')).toBe(true);
    expect(speakersCompatible('Dana Kim', 'DK')).toBe(true);
  });

  it('rejects different people', () => {
    expect(speakersCompatible('Dana Kim', 'Marcus Lee')).toBe(false);
    expect(speakersCompatible('ML', 'Dana Kim')).toBe(false);
    expect(speakersCompatible('You', 'Dana Kim')).toBe(false);
  });
});

describe('preferred speaker', () => {
  it('keeps a resolved name over a placeholder or initials', () => {
    expect(preferredSpeaker('Dana Kim', 'Unknown user')).toBe('Dana Kim');
    expect(preferredSpeaker('Dana Kim', 'DK')).toBe('Dana Kim');
    expect(preferredSpeaker('Unknown user', 'Dana Kim')).toBe('Dana Kim');
    expect(preferredSpeaker('DK', 'Dana Kim')).toBe('Dana Kim');
  });
});

describe('caption region labels', () => {
  it('name the region in the languages whose "You" labels are known, without quotes that would break a selector', () => {
    for (const language of ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'ja']) {
      expect(CAPTION_REGION_LABELS_BY_LANGUAGE[language]?.length, language).toBeGreaterThan(0);
      expect(SELF_LABELS_BY_LANGUAGE[language], language).toBeDefined();
    }
    for (const label of Object.values(CAPTION_REGION_LABELS_BY_LANGUAGE).flat()) expect(label).not.toMatch(/["\\]/);
  });
});
