// Import & export on the options page: a corrupt file is refused with a clear reason and stores nothing; a JSON
// export, "delete everything" and an import of that export bring back the same calls.
import { expect, test, type BrowserContext } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchWithExtension } from '../../scripts/browser/browser';
import { replayWholeCall } from './support/calls';
import { openExtensionPage } from '../../scripts/browser/extension-pages';
import { routeMeetingSites } from '../../scripts/browser/meeting-sites';
import { loadCallScript } from '../../scripts/browser/replay';
import { readStoredData, saveSettings } from '../../scripts/browser/stored-data';

let context: BrowserContext;
test.afterEach(async () => context?.close());

const byId = <T extends { callId: string }>(records: T[]) => [...records].sort((a, b) => a.callId.localeCompare(b.callId));

test('a corrupt import is refused with a clear message and stores nothing; export → delete all → import restores the calls', async () => {
  context = await launchWithExtension();
  await routeMeetingSites(context);
  await saveSettings(context, { repNames: [loadCallScript('short-smoke').repName] });
  await replayWholeCall(context, 'meet', 'short-smoke');
  await replayWholeCall(context, 'teams', 'short-smoke');
  const original = await readStoredData(context);
  expect(original.calls).toHaveLength(2);

  const options = await openExtensionPage(context, 'options.html#/data');
  const corrupt = path.join(tmpdir(), `corrupt-${Date.now()}.json`);
  writeFileSync(corrupt, '{"format":"discovery-coach-backup","version":1,"exportedAt":1,"calls":[{"call":{"callId":"x"');
  await options.getByTestId('import-json').setInputFiles(corrupt);
  await expect(options.getByRole('alert')).toContainText(/not valid JSON|truncated/);
  expect((await readStoredData(context)).calls).toHaveLength(2);

  const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: /Export as JSON/ }).click()]);
  const exported = path.join(tmpdir(), `export-${Date.now()}.json`);
  await download.saveAs(exported);
  expect(JSON.parse(readFileSync(exported, 'utf8')).calls).toHaveLength(2);

  await options.getByRole('button', { name: /Delete all calls/ }).click();
  await options.getByRole('button', { name: /Delete everything/ }).click();
  await expect.poll(async () => (await readStoredData(context)).calls.length).toBe(0);

  await options.getByTestId('import-json').setInputFiles(exported);
  await expect(options.getByRole('status')).toContainText('Imported 2 calls');
  const restored = await readStoredData(context);
  expect(byId(restored.calls)).toEqual(byId(original.calls));
  expect(restored.utterances.length).toBe(original.utterances.length);
  expect(byId(restored.reports).map((report) => report.debrief.markdown)).toEqual(byId(original.reports).map((report) => report.debrief.markdown));

  await options.goto(options.url().replace('#/data', '#/calls'));
  await expect(options.getByTestId('call-list').getByRole('link')).toHaveCount(2);
});
