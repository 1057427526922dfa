// Routes the meeting platforms' real URLs to the fixture pages, and serves the replay driver bundle on each of
// them. Any other request is aborted and recorded, so a test can assert the extension made none.
import type { BrowserContext, Frame, Page, Request } from '@playwright/test';
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Platform } from '../../lib/types';
import { PLATFORM_DEFINITIONS, platformDefinition } from '../../platforms/registry';
import { ROOT } from './browser';

/** Each platform's example meeting URL (from its definition), and a page that is no meeting. */
export const MEETING_URLS = {
  ...(Object.fromEntries(PLATFORM_DEFINITIONS.map((definition) => [definition.id, definition.exampleMeetingUrl])) as Record<Platform, string>),
  notMeeting: 'https://example.com/articles/quarterly-planning',
};

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

/**
 * The fixture page for a URL: on a platform's hosts, `platforms/<id>/fixture-<last path segment>.html` where the
 * folder has one (Meet's /landing, Zoom's /wc/…/join top page), otherwise its `fixture.html` (the page its captions
 * are drawn in); example.com is the page that is no meeting.
 */
function fixturePageFor(url: URL): string | null {
  const definition = PLATFORM_DEFINITIONS.find((candidate) => (candidate.hosts as readonly string[]).includes(url.hostname));
  if (definition) {
    const folder = path.join(ROOT, 'platforms', definition.id);
    const lastSegment = url.pathname.split('/').filter(Boolean).pop();
    const specific = lastSegment && /^[\w-]+$/.test(lastSegment) ? path.join(folder, `fixture-${lastSegment}.html`) : null;
    return specific && existsSync(specific) ? specific : path.join(folder, 'fixture.html');
  }
  if (url.hostname === 'example.com') return path.join(ROOT, 'test/fixtures/not-a-meeting.html');
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
      return route.fulfill({ contentType: 'text/html; charset=utf-8', body: readFileSync(page, 'utf8') });
    }
    routed.unrouted.push(request.url());
    return route.abort('blockedbyclient');
  });
  return routed;
}

/** The frame the platform draws its captions (and the overlay) in: the page, or its caption frame (Zoom's webclient). */
export async function meetingFrame(page: Page, platform: Platform): Promise<Frame> {
  const captionFrame = platformDefinition(platform).captionFrame;
  if (captionFrame.kind === 'top') return page.mainFrame();
  await page.waitForSelector(captionFrame.selector);
  const frame = page
    .frames()
    .find((candidate) => candidate !== page.mainFrame() && new URL(candidate.url()).pathname.startsWith(captionFrame.pathPrefix));
  if (!frame) throw new Error(`no ${platform} caption frame (${captionFrame.selector})`);
  await frame.waitForLoadState();
  return frame;
}
