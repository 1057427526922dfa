// Serves the hostile Meet page (test/fixtures/hostile-meet.html) at a real Meet URL, so the extension's content
// script runs on it as on any meeting; registered after routeMeetingSites, whose catch-all it takes precedence over.
import type { BrowserContext } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../../scripts/browser/browser';

export const HOSTILE_MEET_URL = 'https://meet.google.com/xyz-hostile-abc';

export async function routeHostileMeet(context: BrowserContext): Promise<void> {
  const html = readFileSync(path.join(ROOT, 'test/fixtures/hostile-meet.html'), 'utf8');
  await context.route(HOSTILE_MEET_URL, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
}
