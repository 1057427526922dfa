import { useEffect, useState } from 'react';

/**
 * Seconds since the call started, ticking once a second. The engine's own timeline (caption timestamps)
 * can run ahead of the wall clock when a recorded call is replayed, so the larger of the two wins.
 */
export function useElapsedSeconds(startedAt: number | null, engineSeconds: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (startedAt === null) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [startedAt]);
  const wallSeconds = startedAt === null ? 0 : (now - startedAt) / 1000;
  return Math.max(wallSeconds, engineSeconds);
}
