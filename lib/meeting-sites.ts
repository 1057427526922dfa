// The meeting sites the extension reads captions on: the manifest's match patterns and the background's sender
// check both come from this one list.
export const MEETING_MATCH_PATTERNS = [
  'https://meet.google.com/*',
  'https://teams.microsoft.com/*',
  'https://teams.live.com/*',
  'https://app.zoom.us/*',
] as const;

const MEETING_HOSTS = new Set(MEETING_MATCH_PATTERNS.map((pattern) => new URL(pattern.replace('*', '')).hostname));

export function isMeetingUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && MEETING_HOSTS.has(parsed.hostname);
  } catch {
    return false;
  }
}
