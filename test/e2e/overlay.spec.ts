// What the rep sees: the overlay coaches through a replayed call (talk share, an early-pitch nudge, the objection's
// AECR card, the discovery checklist ticking), then the popup shows the debrief and the options page lists the call.
import { expect, test, type BrowserContext } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Platform } from '../../lib/types';
import { launchWithExtension, ROOT } from '../../scripts/browser/browser';
import { openExtensionPage } from '../../scripts/browser/extension-pages';
import { MEETING_URLS, meetingFrame, routeMeetingSites } from '../../scripts/browser/meeting-sites';
import { percentile, readOverlayRecording, startOverlayRecorder } from './support/overlay-recorder';
import { finishCall, loadCallScript, startCall } from '../../scripts/browser/replay';
import { saveSettings, waitForStored } from '../../scripts/browser/stored-data';

const SCREENSHOTS = path.join(ROOT, 'artifacts/screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

let context: BrowserContext;
test.afterEach(async () => context?.close());

async function coachThroughSmokeCall(platform: Platform, colorScheme: 'light' | 'dark', speed: number) {
  context = await launchWithExtension({ colorScheme });
  await routeMeetingSites(context);
  const script = loadCallScript('short-smoke');
  await saveSettings(context, { repNames: [script.repName] });
  const page = await context.newPage();
  await page.goto(MEETING_URLS[platform]);
  const frame = await meetingFrame(page, platform);
  await startOverlayRecorder(frame);
  await expect(frame.getByTestId('captions-hint')).toBeVisible();
  await page.screenshot({ path: path.join(SCREENSHOTS, `${platform}-captions-hint-${colorScheme}.png`) });
  await startCall(page, platform, script, { speed });
  await expect(frame.getByTestId('objection-card')).toBeVisible({ timeout: 60_000 });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${platform}-overlay-${colorScheme}.png`) });
  await finishCall(page);
  const recording = await readOverlayRecording(frame);
  return { page, frame, recording, script };
}

test('meet: the overlay coaches the call live, then the popup shows the debrief and options lists the call', async () => {
  const { recording } = await coachThroughSmokeCall('meet', 'light', 6);
  // Before anyone has spoken the meter reads "—"; from then on it is a percentage that moves with the call.
  const shares = recording.talkShareTexts.filter((text) => text !== '—');
  expect(shares.length).toBeGreaterThan(3);
  expect(shares.every((text) => /^\d{1,3}\s?%$/.test(text))).toBe(true);
  expect(recording.nudgeKinds).toContain('early-pitch');
  expect(recording.objectionCategories).toContain('budget');
  expect(recording.checklistDone).toEqual(expect.arrayContaining(['problem', 'impact', 'stakeholders']));
  const p95 = percentile(recording.latenciesMs, 0.95);
  console.log(`caption → overlay latency over ${recording.latenciesMs.length} changes: p50 ${percentile(recording.latenciesMs, 0.5).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`);
  expect(recording.latenciesMs.length).toBeGreaterThan(20);
  expect(p95).toBeLessThan(50);

  const stored = await waitForStored(context, (data) => data.reports.length === 1);
  const callId = stored.calls[0].callId;

  const popup = await openExtensionPage(context, 'popup.html');
  await expect(popup.getByTestId('debrief')).toBeVisible();
  await expect(popup.getByTestId('debrief')).toContainText(/\b\d{1,2}:\d\d\b/);
  await popup.screenshot({ path: path.join(SCREENSHOTS, 'popup-debrief-light.png'), fullPage: true });

  const options = await openExtensionPage(context, 'options.html#/calls');
  await expect(options.getByTestId('call-list')).toContainText('Meet');
  await options.screenshot({ path: path.join(SCREENSHOTS, 'options-calls-light.png'), fullPage: true });
  await options.goto(options.url().replace('#/calls', `#/call/${callId}`));
  await expect(options.getByTestId('transcript')).toContainText('Priya');
  await expect(options.getByTestId('call-timeline')).toBeVisible();
  await options.screenshot({ path: path.join(SCREENSHOTS, 'options-call-light.png'), fullPage: true });
});

for (const platform of ['teams', 'zoom'] as const) {
  test(`${platform}: smoke — overlay, objection card, debrief after the call (dark)`, async () => {
    const { recording } = await coachThroughSmokeCall(platform, 'dark', 12);
    expect(recording.talkShareTexts.length).toBeGreaterThan(0);
    expect(recording.objectionCategories).toContain('budget');
    await waitForStored(context, (data) => data.reports.length === 1);
    const popup = await openExtensionPage(context, 'popup.html');
    await expect(popup.getByTestId('debrief')).toBeVisible();
    await popup.screenshot({ path: path.join(SCREENSHOTS, `popup-debrief-${platform}-dark.png`), fullPage: true });
    const options = await openExtensionPage(context, 'options.html#/calls');
    await expect(options.getByTestId('call-list')).toBeVisible();
    await options.getByTestId('call-list').getByRole('link').first().click();
    await expect(options.getByTestId('call-detail')).toBeVisible();
    await options.screenshot({ path: path.join(SCREENSHOTS, `options-call-${platform}-dark.png`), fullPage: true });
  });
}
