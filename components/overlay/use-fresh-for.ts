import { useEffect, useState } from 'react';

/** How long a new objection speaks up in the collapsed pill before it settles to a dot. */
export const PILL_SPEAKS_UP_MS = 15_000;

/** True for `ms` after `key` first appears (or changes), then false; false while `key` is null. */
export function useFreshFor(key: string | null, ms: number): boolean {
  const [staleKey, setStaleKey] = useState<string | null>(null);
  useEffect(() => {
    if (key === null) return undefined;
    const timer = setTimeout(() => setStaleKey(key), ms);
    return () => clearTimeout(timer);
  }, [key, ms]);
  return key !== null && key !== staleKey;
}
