// The rep-adjustable knobs of the engine. Defaults come from seeds/methodology/thresholds.json; the options
// page stores overrides, validated with `coachSettingsSchema` when read back.
import { z } from 'zod/mini';
import type { NudgeKind } from '../types';
import { METHODOLOGY, type Thresholds } from './methodology';
import { enabledNudgesSchema, thresholdsSchema } from './methodology/schema';

export interface CoachSettings {
  thresholds: Thresholds;
  enabledNudges: Record<NudgeKind, boolean>;
}

export type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

/** What callers may pass: any subset of the settings, at any depth (a Partial<CoachSettings> is one). */
export type CoachSettingsOverrides = DeepPartial<CoachSettings>;

export const coachSettingsSchema = z.object({ thresholds: thresholdsSchema, enabledNudges: enabledNudgesSchema });

export const DEFAULT_COACH_SETTINGS: CoachSettings = {
  thresholds: METHODOLOGY.thresholds,
  enabledNudges: METHODOLOGY.enabledNudges,
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function mergeDeep<T>(base: T, overrides: unknown): T {
  if (!isPlainObject(base) || !isPlainObject(overrides)) return (overrides === undefined ? base : overrides) as T;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    if (value !== undefined) merged[key] = mergeDeep((base as Record<string, unknown>)[key], value);
  }
  return merged as T;
}

/** Defaults with the overrides applied; throws a readable error when an override is out of range. */
export function resolveCoachSettings(overrides: CoachSettingsOverrides = {}): CoachSettings {
  const merged = mergeDeep(DEFAULT_COACH_SETTINGS, overrides);
  const result = coachSettingsSchema.safeParse(merged);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new RangeError(`invalid coach settings at ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return result.data;
}
