// A call's name as a manager reads it in a list: the rep's own name for it, else the meeting's title when the
// platform put one in the tab title, else nothing (the list then names the platform). Tab titles carry the
// platform's own words around the meeting title ("Weekly sync | Microsoft Teams", "Meet - Acme discovery") or
// only a meeting code ("Meet - abc-defg-hij"), which names nothing. Each platform's words live in its definition
// (platforms/<id>/platform.ts, `tabTitle`).
import { PLATFORM_DEFINITIONS } from '../../platforms/registry';
import type { CallMeta } from '../types';

/** Words around a meeting title in any tab title; each platform adds its own (its definition's `tabTitle`). */
const AFFIXES: readonly RegExp[] = [
  /^\(\d+\)\s*/, // unread count: "(2) Weekly sync | Microsoft Teams"
  ...PLATFORM_DEFINITIONS.flatMap((definition) => definition.tabTitle.affixes),
];

/** Titles that name an app, a page or a meeting code, never a meeting. */
const NOT_A_NAME: readonly RegExp[] = [
  ...PLATFORM_DEFINITIONS.flatMap((definition) => definition.tabTitle.notAName),
  /^(meeting|calendar|chat|call)$/i,
];

/** The meeting's title from a tab title, or null when the tab names only the platform or a meeting code. */
export function meetingTitleFrom(tabTitle: string): string | null {
  let title = tabTitle.trim();
  for (const affix of AFFIXES) title = title.replace(affix, '').trim();
  if (title === '' || NOT_A_NAME.some((pattern) => pattern.test(title))) return null;
  return title;
}

/** Longest name a rep can give a call (the field is a one-line label in lists). */
export const MAX_CALL_NAME_CHARS = 120;

/**
 * The name a list shows for a call, or null when there is none to show: the rep's rename wins; an imported
 * call is named by its file (already a name the rep chose); a live capture by its meeting title.
 */
export function callName(call: Pick<CallMeta, 'title' | 'platform'> & { name?: string }): string | null {
  const renamed = call.name?.trim();
  if (renamed) return renamed;
  if (call.platform === 'import' || call.platform === 'demo') return call.title.trim() || null;
  return meetingTitleFrom(call.title);
}

/** A rep's rename as stored: trimmed and capped; empty means "go back to the derived name". */
export function cleanCallName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, MAX_CALL_NAME_CHARS);
}
