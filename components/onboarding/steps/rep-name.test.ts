import { describe, expect, it } from 'vitest';
import { DEFAULT_USER_SETTINGS, userSettingsSchema } from '../../../store/user-settings';
import { withRepName } from './rep-name';

describe('withRepName', () => {
  it('sets the first name and leaves every other setting as it was', () => {
    const next = withRepName({ ...DEFAULT_USER_SETTINGS, talkShareMax: 0.4 }, 'Jordan Ellis');
    expect(next.repNames).toEqual(['Jordan Ellis']);
    expect(next.talkShareMax).toBe(0.4);
    expect(userSettingsSchema.safeParse(next).success).toBe(true);
  });

  it('replaces the first name, keeps other spellings and drops a duplicate of the new one', () => {
    const settings = { ...DEFAULT_USER_SETTINGS, repNames: ['Jordan', 'J. Ellis', 'jordan ellis'] };
    expect(withRepName(settings, 'Jordan Ellis').repNames).toEqual(['Jordan Ellis', 'J. Ellis']);
  });
});
