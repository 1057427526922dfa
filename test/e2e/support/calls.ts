// Runs whole replayed calls through the extension, for tests that need calls in the store.
import type { BrowserContext } from '@playwright/test';
import type { Platform } from '../../../lib/types';
import { MEETING_URLS } from '../../../scripts/browser/meeting-sites';
import { loadCallScript, playCall } from '../../../scripts/browser/replay';
import { waitForStored } from '../../../scripts/browser/stored-data';

/** Plays the named call script on a fresh tab and waits until its report is stored. */
export async function replayWholeCall(context: BrowserContext, platform: Platform, scriptName: string, speed = 20): Promise<void> {
  const before = (await waitForStored(context, () => true)).reports.length;
  const page = await context.newPage();
  await page.goto(MEETING_URLS[platform]);
  await playCall(page, platform, loadCallScript(scriptName), { speed });
  await waitForStored(context, (data) => data.reports.length > before, 30_000);
  await page.close();
}
