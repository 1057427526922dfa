// Routes the meeting platforms' real URLs to the fixture pages, and serves the replay driver bundle on each of
// them. Any other request is aborted and recorded, so a test can assert the extension made none.
import type { BrowserContext, Request } from '@playwright/test';
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './browser';

const FIXTURES = path.join(ROOT, 'test/fixtures');

export const MEETING_URLS = {
  meet: 'https://meet.google.com/abc-defg-hij',
  teams: 'https://teams.microsoft.com/v2/?meetingjoin=true',
  zoom: 'https://app.zoom.us/wc/123456789/join',
  notMeeting: 'https://example.com/articles/quarterly-planning',
} as const;

let replayBundle: Promise<string> | undefined;

/** The replay driver (capture/replay/page-entry.ts) as one classic script for the fixture pages. */
export function replayDriverBundle(): Promise<string> {
  replayBundle ??= build({
    entryPoints: [path.join(ROOT, 'capture/replay/page-entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0].text);
  return replayBundle;
}

function fixturePageFor(url: URL): string | null {
  if (url.hostname === 'meet.google.com') return url.pathname === '/landing' ? 'meet-landing.html' : 'meet.html';
  if (url.hostname === 'teams.microsoft.com' || url.hostname === 'teams.live.com') return 'teams.html';
  if (url.hostname === 'app.zoom.us') return url.pathname.endsWith('/webclient') ? 'zoom-webclient.html' : 'zoom.html';
  if (url.hostname === 'example.com') return 'not-a-meeting.html';
  return null;
}

export interface RoutedSites {
  /** Requests that matched no fixture and were aborted (anything the pages or the extension tried to fetch). */
  unrouted: string[];
}

export async function routeMeetingSites(context: BrowserContext): Promise<RoutedSites> {
  const routed: RoutedSites = { unrouted: [] };
  const bundle = await replayDriverBundle();
  await context.route('**/*', async (route) => {
    const request: Request = route.request();
    const url = new URL(request.url());
    if (url.protocol === 'chrome-extension:' || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    if (url.pathname === '/__replay/replay.js') return route.fulfill({ contentType: 'text/javascript', body: bundle });
    if (url.pathname === '/favicon.ico') return route.fulfill({ status: 204 });
    const page = fixturePageFor(url);
    if (page && request.resourceType() === 'document') {
      return route.fulfill({ contentType: 'text/html; charset=utf-8', body: readFileSync(path.join(FIXTURES, page), 'utf8') });
    }
    routed.unrouted.push(request.url());
    return route.abort('blockedbyclient');
  });
  return routed;
}
