import { describe, expect, it } from 'vitest';
import { callName, cleanCallName, meetingTitleFrom } from './call-name';

describe('meetingTitleFrom', () => {
  it.each([
    ['Meet - Acme discovery', 'Acme discovery'],
    ['Meet – Initech weekly', 'Initech weekly'],
    ['Acme discovery - Google Meet', 'Acme discovery'],
    ['Weekly sync | Microsoft Teams', 'Weekly sync'],
    ['(2) Globex pricing | Microsoft Teams', 'Globex pricing'],
    ['Umbrella renewal - Zoom', 'Umbrella renewal'],
  ])('finds the meeting title in %j', (tab, title) => {
    expect(meetingTitleFrom(tab)).toBe(title);
  });

  it.each(['Meet - abc-defg-hij', 'Google Meet', 'Meeting | Microsoft Teams', 'Zoom Meeting', 'Zoom', '', '   ', 'Meet - 123 456 7890'])(
    'finds no meeting title in %j (only the platform or a meeting code)',
    (tab) => {
      expect(meetingTitleFrom(tab)).toBeNull();
    },
  );
});

describe('callName', () => {
  it('prefers the rep’s rename, then the meeting title', () => {
    expect(callName({ platform: 'meet', title: 'Meet - Acme discovery', name: '  Acme – first call ' })).toBe('Acme – first call');
    expect(callName({ platform: 'meet', title: 'Meet - Acme discovery' })).toBe('Acme discovery');
    expect(callName({ platform: 'meet', title: 'Meet - abc-defg-hij', name: '' })).toBeNull();
  });

  it('keeps an imported call’s file name, which the rep chose', () => {
    expect(callName({ platform: 'import', title: 'initech-follow-up' })).toBe('initech-follow-up');
  });
});

describe('cleanCallName', () => {
  it('folds whitespace and caps the length', () => {
    expect(cleanCallName('  Acme \n  renewal ')).toBe('Acme renewal');
    expect(cleanCallName('x'.repeat(500))).toHaveLength(120);
  });
});
