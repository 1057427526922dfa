// Foundation: captions from each platform's page become stored, speaker-attributed utterances that equal the
// script, through the platforms' churn (Meet's re-created caption region, Teams' virtualized rows and late speaker
// names, Zoom's rolling rows in its webclient frame); a page that is not in a call stays untouched.
import { expect, test, type BrowserContext } from '@playwright/test';
import { PLATFORMS, type Platform } from '../../lib/types';
import { launchWithExtension } from '../../scripts/browser/browser';
import { MEETING_URLS, routeMeetingSites } from '../../scripts/browser/meeting-sites';
import { expectedLines, loadCallScript, playCall } from '../../scripts/browser/replay';
import { readStoredData, saveSettings, waitForStored } from '../../scripts/browser/stored-data';

let context: BrowserContext;

test.beforeEach(async () => {
  context = await launchWithExtension();
});

test.afterEach(async () => {
  await context.close();
});

/** Each platform's own caption churn, played harder than a live call shows it (a new platform plays without). */
const churnByPlatform: Partial<Record<Platform, object>> = {
  meet: { recreateContainerEverySec: 40 },
  teams: { rowChurn: 15 },
  zoom: { rollingWindowWords: 12 },
};

for (const platform of PLATFORMS) {
  test(`${platform}: every caption line is stored once, in order, with its speaker's role, through caption churn`, async () => {
    await routeMeetingSites(context);
    const script = loadCallScript('short-smoke');
    // Zoom captions the rep by display name, not "You": the rep names themselves in settings, as the README says.
    await saveSettings(context, { repNames: [script.repName] });
    const page = await context.newPage();
    await page.goto(MEETING_URLS[platform]);
    await playCall(page, platform, script, { speed: 12, ...churnByPlatform[platform] });

    const expected = expectedLines(script);
    const stored = await waitForStored(context, (data) => data.calls.length === 1 && data.calls[0].status !== 'live' && data.reports.length === 1);
    expect(stored.calls).toHaveLength(1);
    expect(stored.calls[0]).toMatchObject({ platform, status: 'ended', endReason: 'left' });
    const lines = stored.utterances.sort((a, b) => a.startSec - b.startSec || a.capturedAt! - b.capturedAt!).map((line) => ({ role: line.role, text: line.text }));
    expect(lines).toEqual(expected);
    expect(new Set(stored.utterances.map((line) => line.id)).size).toBe(stored.utterances.length);
    expect(stored.utterances.every((line) => line.final)).toBe(true);
    expect(stored.reports[0].debrief.markdown.length).toBeGreaterThan(100);
  });
}

test('a page that is not a meeting gets no overlay and stores nothing', async () => {
  const routed = await routeMeetingSites(context);
  const page = await context.newPage();
  await page.goto(MEETING_URLS.notMeeting);
  await page.waitForTimeout(1_500);
  expect(await page.locator('discovery-coach-overlay').count()).toBe(0);
  const stored = await readStoredData(context);
  expect(stored.calls).toEqual([]);
  expect(routed.unrouted).toEqual([]);
});

test('a meeting site outside a call stays idle: no overlay, no call', async () => {
  await routeMeetingSites(context);
  const page = await context.newPage();
  await page.goto('https://meet.google.com/landing');
  await page.waitForTimeout(2_500);
  expect(await page.locator('discovery-coach-overlay').count()).toBe(0);
  expect((await readStoredData(context)).calls).toEqual([]);
});

test('a platform switched off in settings is left alone: no overlay, nothing stored', async () => {
  await routeMeetingSites(context);
  await saveSettings(context, { platforms: { meet: false, teams: true, zoom: true } });
  const page = await context.newPage();
  await page.goto(MEETING_URLS.meet);
  await playCall(page, 'meet', loadCallScript('short-smoke'), { speed: 30 });
  await page.waitForTimeout(1_000);
  expect(await page.locator('discovery-coach-overlay').count()).toBe(0);
  expect((await readStoredData(context)).calls).toEqual([]);
});
