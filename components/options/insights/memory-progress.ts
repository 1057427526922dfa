// What an empty memory page says: how many calls memory has, and how many more it needs before anything can
// be stable (an observation needs evidence from `stableAfterCalls` distinct calls).
import { formatNumber, t, tn } from '../../shared/i18n';

/** `whatRecurs` completes "…once ___ in 2 calls", e.g. "a strength or gap shows up". */
export function memoryProgressText(callCount: number, stableAfterCalls: number, whatRecurs: string): string {
  const analyzed = tn('insights_progress_analyzed', callCount);
  const remaining = stableAfterCalls - callCount;
  const needed = formatNumber(stableAfterCalls);
  if (remaining > 0) return `${analyzed} ${tn('insights_progress_remaining', remaining, whatRecurs, needed)}`;
  return `${analyzed} ${t('insights_progress_nothing_yet', whatRecurs, needed)}`;
}
