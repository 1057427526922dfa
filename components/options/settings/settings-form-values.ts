// The settings form's own shape: what the rep edits, in the units they think in (percent, minutes),
// and the checks that keep each value sensible before it is saved.
import type { NudgeKind, Platform } from '../../../lib/types';
import { formatNumber, t } from '../../shared/i18n';

export interface SettingsFormValues {
  /** Names the rep appears under in captions besides "You" (for imports and platforms that show a name). */
  repNames: string[];
  talkShareMaxPercent: number;
  monologueMaxSec: number;
  earlyPitchMinute: number;
  enabledNudges: Record<NudgeKind, boolean>;
  platforms: Record<Platform, boolean>;
}

export type SettingsErrors = Partial<Record<'repNames' | 'talkShareMaxPercent' | 'monologueMaxSec' | 'earlyPitchMinute', string>>;

const MAX_REP_NAME_CHARS = 100;

/** Comma- or line-separated names, trimmed, without blanks or duplicates. */
export function parseRepNames(input: string): string[] {
  const names = input
    .split(/[,\n]/)
    .map((name) => name.trim())
    .filter(Boolean);
  return [...new Set(names)];
}

type RangeMessage = 'options_settings_range_percent' | 'options_settings_range_seconds' | 'options_settings_range_minutes';

function rangeError(value: number, min: number, max: number, message: RangeMessage): string | undefined {
  if (!Number.isFinite(value)) return t('options_settings_enter_number');
  if (value < min || value > max) return t(message, formatNumber(min), formatNumber(max));
  return undefined;
}

export function validateSettings(values: SettingsFormValues): SettingsErrors {
  const errors: SettingsErrors = {};
  const longName = values.repNames.find((name) => name.length > MAX_REP_NAME_CHARS);
  if (longName) errors.repNames = t('options_settings_name_too_long', formatNumber(MAX_REP_NAME_CHARS));
  const talkShare = rangeError(values.talkShareMaxPercent, 10, 90, 'options_settings_range_percent');
  if (talkShare) errors.talkShareMaxPercent = talkShare;
  const monologue = rangeError(values.monologueMaxSec, 15, 600, 'options_settings_range_seconds');
  if (monologue) errors.monologueMaxSec = monologue;
  const pitch = rangeError(values.earlyPitchMinute, 0, 60, 'options_settings_range_minutes');
  if (pitch) errors.earlyPitchMinute = pitch;
  return errors;
}
