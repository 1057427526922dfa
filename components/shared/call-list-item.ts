// Links to a call in the lists (popup's recent calls, the options page's history). The item's shape, CallListItem, is
// made by the store's queries (store/call-queries.ts) and re-exported here for the views.
export type { CallListItem } from '../../store/call-queries';

export function callDetailHref(callId: string): string {
  return `/options.html#/call/${encodeURIComponent(callId)}`;
}
