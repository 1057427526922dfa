import { describe, expect, it } from 'vitest';
import { DEFAULT_USER_SETTINGS } from '../../../store/user-settings';
import { fromFormValues, toFormValues } from './settings-mapping';

describe('settings mapping', () => {
  it('shows fractions as percent and seconds as minutes, and maps back', () => {
    const settings = { ...DEFAULT_USER_SETTINGS, talkShareMax: 0.35, earlyPitchBeforeSec: 600, repNames: ['Alex'] };
    const form = toFormValues(settings);
    expect(form.talkShareMaxPercent).toBe(35);
    expect(form.earlyPitchMinute).toBe(10);
    expect(fromFormValues(form)).toEqual(settings);
  });
});
