// Between the rep's stored settings and the settings form's units (percent, minutes).
import type { UserSettings } from '../../../store/user-settings';
import type { SettingsFormValues } from '../settings/settings-form-values';

export function toFormValues(settings: UserSettings): SettingsFormValues {
  return {
    repNames: settings.repNames,
    talkShareMaxPercent: Math.round(settings.talkShareMax * 100),
    monologueMaxSec: settings.monologueMaxSec,
    earlyPitchMinute: Math.round(settings.earlyPitchBeforeSec / 60),
    enabledNudges: settings.enabledNudges,
    platforms: settings.platforms,
  };
}

export function fromFormValues(values: SettingsFormValues): UserSettings {
  return {
    repNames: values.repNames,
    talkShareMax: values.talkShareMaxPercent / 100,
    monologueMaxSec: values.monologueMaxSec,
    earlyPitchBeforeSec: values.earlyPitchMinute * 60,
    enabledNudges: values.enabledNudges,
    platforms: values.platforms,
  };
}
