// The rep's name from the tour becomes the first of the names the rep appears as in captions (the same list the
// options page edits); other spellings the rep already added are kept.
import type { UserSettings } from '../../../store/user-settings';

export const MAX_REP_NAME_LENGTH = 100;

export function withRepName(settings: UserSettings, name: string): UserSettings {
  const others = settings.repNames.slice(1).filter((other) => other.toLowerCase() !== name.toLowerCase());
  return { ...settings, repNames: [name, ...others] };
}
