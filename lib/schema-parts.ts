// The small zod/mini schemas that the message, seed, settings and stored-record schemas are built from, defined once.
// z.number() itself refuses NaN and ±Infinity: no separate `finite` check is needed.
import { z } from 'zod/mini';

/** A string of at most `max` characters. */
export const textUpTo = (max: number) => z.string().check(z.maxLength(max));
/** A string with at least one character. */
export const nonEmptyText = z.string().check(z.minLength(1));
/** An identifier: 1 to 200 characters. */
export const boundedId = z.string().check(z.minLength(1), z.maxLength(200));
export const nonNegativeNumber = z.number().check(z.nonnegative());
export const positiveNumber = z.number().check(z.positive());
export const positiveInt = z.int().check(z.positive());
export const nonNegativeInt = z.int().check(z.nonnegative());
/** A share, probability or confidence: 0 to 1. */
export const unitInterval = z.number().check(z.minimum(0), z.maximum(1));
/** An object with one field per key, each of the same schema: a record over a closed set of keys (SPIN acts, checklist items). */
export const byKeys = <K extends string, T extends z.core.SomeType>(keys: readonly K[], value: T) =>
  z.object(Object.fromEntries(keys.map((key) => [key, value])) as Record<K, T>);
