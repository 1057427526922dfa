// The rep's settings, kept in the extension's own storage area (never the meeting page's): who the rep is in
// captions besides "You", which platforms and nudges are on, and threshold overrides for the engine.
import { storage } from 'wxt/utils/storage';
import { z } from 'zod/mini';
import { METHODOLOGY } from '../lib/engine/methodology';
import type { CoachSettingsOverrides } from '../lib/engine/settings';
import { NUDGE_KINDS, PLATFORMS, type NudgeKind, type Platform } from '../lib/types';

export const userSettingsSchema = z.object({
  repNames: z.array(z.string().check(z.minLength(1), z.maxLength(100))).check(z.maxLength(20)),
  platforms: z.record(z.enum(PLATFORMS), z.boolean()),
  enabledNudges: z.record(z.enum(NUDGE_KINDS), z.boolean()),
  talkShareMax: z.number().check(z.minimum(0.1), z.maximum(0.9)),
  monologueMaxSec: z.number().check(z.minimum(15), z.maximum(600)),
  earlyPitchBeforeSec: z.number().check(z.minimum(0), z.maximum(3600)),
});

export type UserSettings = z.infer<typeof userSettingsSchema>;

/** What a stored value may hold per field when read back: maps may name only some of their keys. */
const storedFieldSchemas: Record<keyof UserSettings, z.ZodMiniType> = {
  ...userSettingsSchema.shape,
  platforms: z.partialRecord(z.enum(PLATFORMS), z.boolean()),
  enabledNudges: z.partialRecord(z.enum(NUDGE_KINDS), z.boolean()),
};

const allOn = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((key) => [key, true])) as Record<K, boolean>;

export function defaultUserSettings(thresholds: { talkShareMax: number; monologueMaxSec: number; earlyPitchBeforeSec: number }): UserSettings {
  return {
    repNames: [],
    platforms: allOn<Platform>(PLATFORMS),
    enabledNudges: allOn<NudgeKind>(NUDGE_KINDS),
    ...thresholds,
  };
}

/** The engine overrides these settings stand for. */
export function coachOverrides(settings: UserSettings): CoachSettingsOverrides {
  return {
    enabledNudges: settings.enabledNudges,
    thresholds: {
      talkShare: { max: settings.talkShareMax },
      monologue: { maxSec: settings.monologueMaxSec },
      pitch: { earlyBeforeSec: settings.earlyPitchBeforeSec },
    },
  };
}

/** Stored settings, validated on read: a damaged or older value falls back to the defaults field by field. */
export function readUserSettings(stored: unknown, defaults: UserSettings): UserSettings {
  if (typeof stored !== 'object' || stored === null) return defaults;
  const merged: Record<string, unknown> = { ...defaults };
  for (const [key, fieldSchema] of Object.entries(storedFieldSchemas)) {
    const value = (stored as Record<string, unknown>)[key];
    if (value === undefined) continue;
    const parsed = fieldSchema.safeParse(value);
    if (!parsed.success) continue;
    merged[key] =
      typeof parsed.data === 'object' && parsed.data !== null && !Array.isArray(parsed.data)
        ? { ...(defaults[key as keyof UserSettings] as object), ...parsed.data }
        : parsed.data;
  }
  return merged as UserSettings;
}

export const DEFAULT_USER_SETTINGS: UserSettings = defaultUserSettings({
  talkShareMax: METHODOLOGY.thresholds.talkShare.max,
  monologueMaxSec: METHODOLOGY.thresholds.monologue.maxSec,
  earlyPitchBeforeSec: METHODOLOGY.thresholds.pitch.earlyBeforeSec,
});

export const userSettingsItem = storage.defineItem<unknown>('local:settings');

export async function loadUserSettings(): Promise<UserSettings> {
  return readUserSettings(await userSettingsItem.getValue(), DEFAULT_USER_SETTINGS);
}

export async function saveUserSettings(settings: UserSettings): Promise<void> {
  await userSettingsItem.setValue(userSettingsSchema.parse(settings));
}

/** Calls back with the validated settings whenever they change; returns the unsubscribe. */
export function watchUserSettings(onChange: (settings: UserSettings) => void): () => void {
  return userSettingsItem.watch((value) => onChange(readUserSettings(value, DEFAULT_USER_SETTINGS)));
}
