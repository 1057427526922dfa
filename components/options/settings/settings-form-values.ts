// The settings form's own shape: what the rep edits, in the units they think in (percent, minutes),
// and the checks that keep each value sensible before it is saved.
import type { NudgeKind, Platform } from '../../../lib/types';

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

function rangeError(value: number, min: number, max: number, unit: string): string | undefined {
  if (!Number.isFinite(value)) return 'Enter a number.';
  if (value < min || value > max) return `Enter a value from ${min} to ${max}${unit}.`;
  return undefined;
}

export function validateSettings(values: SettingsFormValues): SettingsErrors {
  const errors: SettingsErrors = {};
  const longName = values.repNames.find((name) => name.length > MAX_REP_NAME_CHARS);
  if (longName) errors.repNames = `Names can be at most ${MAX_REP_NAME_CHARS} characters.`;
  const talkShare = rangeError(values.talkShareMaxPercent, 10, 90, ' %');
  if (talkShare) errors.talkShareMaxPercent = talkShare;
  const monologue = rangeError(values.monologueMaxSec, 15, 600, ' seconds');
  if (monologue) errors.monologueMaxSec = monologue;
  const pitch = rangeError(values.earlyPitchMinute, 0, 60, ' minutes');
  if (pitch) errors.earlyPitchMinute = pitch;
  return errors;
}
