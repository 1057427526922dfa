import { describe, expect, it } from 'vitest';
import { coachOverrides, defaultUserSettings, readUserSettings } from './user-settings';

const defaults = defaultUserSettings({ talkShareMax: 0.4, monologueMaxSec: 90, earlyPitchBeforeSec: 900 });

describe('readUserSettings', () => {
  it('returns the defaults for nothing stored or a damaged value', () => {
    expect(readUserSettings(undefined, defaults)).toEqual(defaults);
    expect(readUserSettings('garbage', defaults)).toEqual(defaults);
  });

  it('keeps valid fields and replaces invalid ones with their defaults', () => {
    const read = readUserSettings({ repNames: ['Alex Rivera'], talkShareMax: 7, platforms: { zoom: false } }, defaults);
    expect(read.repNames).toEqual(['Alex Rivera']);
    expect(read.talkShareMax).toBe(0.4);
    expect(read.platforms).toEqual({ meet: true, teams: true, zoom: false });
  });
});

describe('coachOverrides', () => {
  it('maps the settings onto the engine thresholds', () => {
    const overrides = coachOverrides({ ...defaults, talkShareMax: 0.35, monologueMaxSec: 60 });
    expect(overrides.thresholds?.talkShare?.max).toBe(0.35);
    expect(overrides.thresholds?.monologue?.maxSec).toBe(60);
    expect(overrides.enabledNudges?.['talk-share']).toBe(true);
  });
});
