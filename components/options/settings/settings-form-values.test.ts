import { describe, expect, it } from 'vitest';
import { parseRepNames, validateSettings, type SettingsFormValues } from './settings-form-values';

const valid: SettingsFormValues = {
  repNames: ['Sam Rivera'],
  talkShareMaxPercent: 40,
  monologueMaxSec: 90,
  earlyPitchMinute: 15,
  enabledNudges: {
    'talk-share': true,
    monologue: true,
    'early-pitch': true,
    implication: true,
    objection: true,
    checklist: true,
    'upfront-contract': true,
    'next-step': true,
  },
  platforms: { meet: true, teams: true, zoom: true },
};

describe('settings form values', () => {
  it('splits rep names on commas and lines, trimming blanks and duplicates', () => {
    expect(parseRepNames(' Sam Rivera, Sam\n\nSam Rivera ,')).toEqual(['Sam Rivera', 'Sam']);
  });

  it('accepts sensible values', () => {
    expect(validateSettings(valid)).toEqual({});
  });

  it('explains each value out of range', () => {
    const errors = validateSettings({ ...valid, talkShareMaxPercent: 95, monologueMaxSec: Number.NaN, earlyPitchMinute: -1, repNames: ['x'.repeat(101)] });
    expect(errors).toEqual({
      talkShareMaxPercent: 'Enter a value from 10 to 90 %.',
      monologueMaxSec: 'Enter a number.',
      earlyPitchMinute: 'Enter a value from 0 to 60 minutes.',
      repNames: 'Names can be at most 100 characters.',
    });
  });
});
