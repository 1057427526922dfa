// Small display helpers shared by the overlay, the popup and the options page.

/** Seconds as m:ss (or h:mm:ss past an hour), the way call recorders show timestamps. */
export function formatClock(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(Number.isFinite(totalSeconds) ? totalSeconds : 0));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  if (hours > 0) return `${hours}:${String(minutes).padStart(2, '0')}:${rest}`;
  return `${minutes}:${rest}`;
}

/** A 0–1 share as a whole percentage, e.g. 0.384 → "38%". */
export function formatPercent(share: number): string {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(share) ? share : 0));
  return `${Math.round(clamped * 100)}%`;
}

/** A call's date for lists: "Mon 3 Mar, 14:05" in the rep's locale. */
export function formatCallDate(epochMs: number, locale?: string): string {
  return new Date(epochMs).toLocaleString(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** A duration in minutes for summaries: "27 min", or "<1 min". */
export function formatMinutes(totalSeconds: number): string {
  const minutes = Math.round(Math.max(0, totalSeconds) / 60);
  return minutes < 1 ? '<1 min' : `${minutes} min`;
}
