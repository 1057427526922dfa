// Small display helpers shared by the overlay, the popup and the options page. Numbers and dates are written the
// way the rep's UI language writes them (Intl), words come from the locale files.
import { formatNumber, numberFormat, t, uiLanguage } from './i18n';

/** Seconds as m:ss (or h:mm:ss past an hour), the way call recorders show timestamps. */
export function formatClock(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(Number.isFinite(totalSeconds) ? totalSeconds : 0));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  if (hours > 0) return `${hours}:${String(minutes).padStart(2, '0')}:${rest}`;
  return `${minutes}:${rest}`;
}

/** A 0–1 share as a whole percentage in the UI language, e.g. 0.384 → "38%" (German "38 %"). */
export function formatPercent(share: number): string {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(share) ? share : 0));
  return numberFormat({ style: 'percent', maximumFractionDigits: 0 }).format(clamped);
}

/** A 0–1 share as a CSS length ("38%"): for widths and positions, never shown as text. */
export function cssPercent(share: number): string {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(share) ? share : 0));
  return `${Math.round(clamped * 1000) / 10}%`;
}

/** A call's date for lists: "Mon 3 Mar, 14:05" in the rep's UI language. */
export function formatCallDate(epochMs: number, locale = uiLanguage()): string {
  return new Date(epochMs).toLocaleString(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** A day for chart axes: "3 Mar" in the rep's UI language. */
export function formatShortDate(epochMs: number, locale = uiLanguage()): string {
  return new Date(epochMs).toLocaleDateString(locale, { day: 'numeric', month: 'short' });
}

/** A duration in minutes for summaries: "27 min", or "<1 min". */
export function formatMinutes(totalSeconds: number): string {
  const minutes = Math.round(Math.max(0, totalSeconds) / 60);
  return minutes < 1 ? t('shared_minutes_short_call') : t('shared_minutes', formatNumber(minutes));
}

/** Names as a sentence lists them: "Alex", "Alex and Blair", "Alex, Blair and Casey". */
export function formatNameList(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return t('shared_list_and', names.slice(0, -1).join(', '), names[names.length - 1]);
}

/** A time of day for chart axes: "14:05" in the rep's UI language. */
export function formatTimeOfDay(epochMs: number, locale = uiLanguage()): string {
  return new Date(epochMs).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
}
