// A call as lists show it (popup's recent calls, the options page's history), independent of how the
// store keeps it.
import type { CallMeta } from '../../lib/types';

export interface CallListItem {
  callId: string;
  title: string;
  platform: CallMeta['platform'];
  repName: string;
  startedAt: number;
  /** Null while the call is still live. */
  durationSec: number | null;
  status: 'live' | 'ended';
  /** The final (or latest live) rep talk share, 0–1, when an analysis exists. */
  repTalkShare: number | null;
}

export function callDetailHref(callId: string): string {
  return `/options.html#/call/${encodeURIComponent(callId)}`;
}
