// The call history's search and filters, as a pure function over the listed calls.
import type { CallListItem } from '../../shared/call-list-item';

export interface CallFilter {
  text: string;
  platform: CallListItem['platform'] | 'all';
  /** Inclusive local dates as the date inputs give them: "2026-03-01", or empty for no bound. */
  from: string;
  to: string;
}

export const NO_CALL_FILTER: CallFilter = { text: '', platform: 'all', from: '', to: '' };

function localDayStart(isoDate: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return null;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])).getTime();
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function filterCalls(calls: readonly CallListItem[], filter: CallFilter): CallListItem[] {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  const from = localDayStart(filter.from);
  const toStart = localDayStart(filter.to);
  const until = toStart === null ? null : toStart + DAY_MS;
  return calls.filter((call) => {
    if (filter.platform !== 'all' && call.platform !== filter.platform) return false;
    if (from !== null && call.startedAt < from) return false;
    if (until !== null && call.startedAt >= until) return false;
    const haystack = `${call.name ?? ''} ${call.title} ${call.repName}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
