// Links to a call in the lists (popup's recent calls, the options page's history). The item's shape, CallListItem, is
// made by the store's queries (store/call-queries.ts) and re-exported here for the views.
import type { CallListItem } from '../../store/call-queries';
import { t } from './i18n';
import { platformLabel } from './labels';

export type { CallListItem };

/** The name a list or heading shows for a call: its own (rename or meeting title), else "<platform> call". */
export function shownCallName(call: Pick<CallListItem, 'name' | 'platform'>): string {
  return call.name ?? t('manager_calls_unnamed', platformLabel(call.platform));
}

export function callDetailHref(callId: string): string {
  return `/options.html#/call/${encodeURIComponent(callId)}`;
}
