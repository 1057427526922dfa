// A manager's view at 1280×800, with five calls stored (one replayed on Meet, four imported transcripts dated
// over a week): the call table's columns and "coach this" flags (lib/manager/coach-this.ts) with
// their reasons, a rename, Trends with a different dated label per call, the call page's debrief on the first screen and
// its two charts on one time axis, the import's "which speaker is you?" question, and imported calls feeding Coaching
// Themes until a call is taken out of them. Writes the README's
// screenshots docs/images/options-calls.png, options-trends.png and options-call.png.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type BrowserContext } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launchWithExtension, extensionWorker, ROOT } from '../../scripts/browser/browser';
import { openExtensionPage } from '../../scripts/browser/extension-pages';
import { routeMeetingSites } from '../../scripts/browser/meeting-sites';
import { loadCallScript } from '../../scripts/browser/replay';
import { readStoredData, saveSettings, waitForStored } from '../../scripts/browser/stored-data';
import { replayWholeCall } from './support/calls';

const IMAGES = path.join(ROOT, 'docs/images');
const EVAL = path.join(ROOT, 'seeds/calls/eval');
const VIEWPORT = { width: 1280, height: 800 };

/** Eval transcripts imported as past calls, with the speaker who is the rep and how many days ago each was held (two share a day). */
const IMPORTS = [
  { file: 'acme-logistics.vtt', rep: 'Sam Rivera', daysAgo: 6, hour: 10 },
  { file: 'globex-finance.vtt', rep: 'Maria Lopez', daysAgo: 3, hour: 9 },
  { file: 'initech-payroll.txt', rep: 'Chris Park', daysAgo: 3, hour: 15 },
  { file: 'northwind-rushed.txt', rep: 'Alex Kim', daysAgo: 1, hour: 11 },
] as const;

let context: BrowserContext;
test.afterEach(async () => context?.close());

/** Moves imported calls to the days above (imports are stamped "now"), straight in IndexedDB from the service worker. */
async function redateImports(dates: Array<{ title: string; daysAgo: number; hour: number }>) {
  const worker = await extensionWorker(context);
  await worker.evaluate(async (wanted) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('discovery-coach');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const transaction = db.transaction('calls', 'readwrite');
    const store = transaction.objectStore('calls');
    const calls = await new Promise<Array<Record<string, number | string>>>((resolve) => {
      const request = store.getAll();
      request.onsuccess = () => resolve(request.result);
    });
    for (const call of calls) {
      const date = wanted.find((entry) => entry.title === call.title);
      if (!date) continue;
      const day = new Date();
      day.setHours(date.hour, 0, 0, 0);
      const startedAt = day.getTime() - date.daysAgo * 24 * 60 * 60 * 1000;
      const shift = startedAt - Number(call.startedAt);
      store.put({ ...call, startedAt, endedAt: Number(call.endedAt) + shift, lastActivityAt: Number(call.lastActivityAt) + shift });
    }
    await new Promise((resolve, reject) => {
      transaction.oncomplete = resolve;
      transaction.onerror = () => reject(transaction.error);
    });
    db.close();
  }, dates);
}

/** The calls the coaching memory holds facts for (what Coaching Themes are built from). */
async function callsInMemory(): Promise<string[]> {
  const worker = await extensionWorker(context);
  return worker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('discovery-coach');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const facts = await new Promise<Array<{ callId: string }>>((resolve) => {
      const request = db.transaction('facts').objectStore('facts').getAll();
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    return [...new Set(facts.map((fact) => fact.callId))].sort();
  });
}

test('a manager sees each call at a glance, renames one, reads dated trends and the call page; imports ask who the rep is', async () => {
  context = await launchWithExtension({ viewport: VIEWPORT });
  await routeMeetingSites(context);
  await saveSettings(context, { repNames: [loadCallScript('short-smoke').repName] });
  await replayWholeCall(context, 'meet', 'short-smoke');

  // Import: the speakers found in each file, a warning while no speaker is the rep, Coaching Themes on by default.
  const options = await openExtensionPage(context, 'options.html#/data');
  await options.getByTestId('import-transcripts').setInputFiles(
    IMPORTS.map(({ file }) => ({ name: file, mimeType: 'text/plain', buffer: readFileSync(path.join(EVAL, file)) })),
  );
  const questions = options.getByTestId('import-speaker-question');
  await expect(questions).toHaveCount(IMPORTS.length);
  await expect(options.getByTestId('import-coaching-themes')).toBeChecked();
  await expect(options.getByText('Imported calls feed Coaching Themes')).toBeVisible();
  const { violations } = await new AxeBuilder({ page: options }).analyze();
  expect(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);
  for (const [index, { rep }] of IMPORTS.entries()) {
    const question = questions.nth(index);
    await expect(question).toContainText('Which speaker is you?');
    // Settings name the Meet call's rep, who is in none of these files: nobody is picked, and the page says so.
    await expect(question.getByTestId('import-no-rep-warning')).toBeVisible();
    await question.getByRole('radio', { name: rep }).check();
    await expect(question.getByTestId('import-no-rep-warning')).toBeHidden();
  }
  // The first file's speakers, as found in it, and "none of these".
  await expect(questions.nth(0).locator('label')).toHaveText(['Sam Rivera', 'Dana Lee', 'Priya Shah', "None of these (someone else's call)"]);
  await options.getByTestId('import-confirm').click();
  await expect(options.getByTestId('import-results').getByRole('link')).toHaveCount(IMPORTS.length);
  const imported = await waitForStored(context, (data) => data.reports.length === IMPORTS.length + 1);
  for (const { file, rep } of IMPORTS) {
    expect(imported.calls.find((call) => call.title === file.replace(/\.(vtt|txt)$/, ''))).toMatchObject({ repName: rep, coachingThemes: true });
  }
  // Imported calls feed Coaching Themes (the default): memory holds every call.
  await expect.poll(callsInMemory).toEqual(imported.calls.map((call) => call.callId).sort());
  await redateImports(IMPORTS.map(({ file, daysAgo, hour }) => ({ title: file.replace(/\.(vtt|txt)$/, ''), daysAgo, hour })));

  // The call table: its columns, a name for every call (never the tab's meeting code), and "coach this" as the rule says.
  // (A reload: the dates were changed behind the page's back.)
  await options.goto(options.url().replace(/#.*$/, '#/calls'));
  await options.reload();
  const table = options.getByTestId('call-list');
  await expect(table.getByRole('columnheader')).toHaveText(['Date', 'Call', 'Duration (m:ss)', 'Talk %', 'Checklist found', 'First pitch (m:ss)', 'Objections', 'Coach this']);
  await expect(options.getByTestId('call-row')).toHaveCount(IMPORTS.length + 1);
  await expect(table).not.toContainText('abc-defg-hij');
  await expect(table).toContainText('Google Meet call');
  const stored = await readStoredData(context);
  // From the calls' content: the rushed call is a monologue, three pitch before discovery is done, Acme is a good call.
  const flagOf = (title: string) => options.locator(`[data-testid="call-row"][data-call-id="${stored.calls.find((call) => call.title === title)!.callId}"]`);
  await expect(flagOf('northwind-rushed')).toHaveAttribute('data-coach-this', /talk-share/);
  await expect(flagOf('northwind-rushed').getByTestId('coach-this')).toHaveAttribute('title', /talk share far over the aim/);
  for (const title of ['initech-payroll', 'globex-finance', 'Meet - abc-defg-hij']) {
    await expect(flagOf(title)).toHaveAttribute('data-coach-this', /early-pitch/);
    await expect(flagOf(title).getByTestId('coach-this')).toHaveAttribute('title', /pitched before discovery was done/);
  }
  await expect(flagOf('acme-logistics').getByTestId('coach-this')).toHaveCount(0);
  await expect(options.getByTestId('call-row').locator('[data-column="checklist"]')).toHaveText(Array(IMPORTS.length + 1).fill(/^\d\/6$/));
  await expect(options.getByTestId('coach-this-rule')).toContainText('Coach this flags a finished call');

  // A rename is stored and shown, here and on the call page.
  const meetCall = stored.calls.find((call) => call.platform === 'meet')!;
  const meetRow = options.locator(`[data-testid="call-row"][data-call-id="${meetCall.callId}"]`);
  await meetRow.getByTestId('call-rename').click();
  await meetRow.getByTestId('call-rename-input').fill('Northwind Mechanical — first call');
  await meetRow.getByRole('button', { name: 'Save' }).click();
  await expect(meetRow.getByRole('link')).toHaveText('Northwind Mechanical — first call');
  expect((await waitForStored(context, (data) => data.calls.some((call) => call.name !== undefined))).calls.find((call) => call.callId === meetCall.callId)?.name).toBe(
    'Northwind Mechanical — first call',
  );
  await options.screenshot({ path: path.join(IMAGES, 'options-calls.png') });

  // Trends: one dated label per call, all different, with the time where two calls share a day; a unit on each axis.
  await options.goto(options.url().replace(/#.*$/, '#/trends'));
  const talkTrend = options.getByTestId('trend-talkSharePercent');
  const ticks = talkTrend.locator('.trend-tick');
  await expect(ticks).toHaveCount(IMPORTS.length + 1);
  const labels = await ticks.evaluateAll((texts) => texts.map((text) => text.getAttribute('data-label') ?? ''));
  console.log(`trend labels: ${JSON.stringify(labels)}`);
  expect(new Set(labels).size).toBe(labels.length);
  expect(labels.filter((label) => /\d{1,2}:\d{2}/.test(label))).toHaveLength(2);
  await expect(talkTrend.locator('.recharts-label')).toHaveText([/Call/, /% of call/]);
  await expect(talkTrend.locator('.recharts-reference-area')).toHaveCount(1);
  await options.screenshot({ path: path.join(IMAGES, 'options-trends.png') });

  // The call page: the debrief on the first screen, one time axis for both charts, nudges by their one line.
  const acme = stored.calls.find((call) => call.title === 'acme-logistics')!;
  await options.goto(options.url().replace(/#.*$/, `#/call/${acme.callId}`));
  const debrief = options.getByTestId('debrief');
  await expect(debrief).toBeVisible();
  const debriefBox = (await debrief.boundingBox())!;
  expect(debriefBox.y + 200).toBeLessThan(VIEWPORT.height);
  const plotAreas = await options.getByTestId('call-timeline').evaluate((timeline) =>
    [...timeline.querySelectorAll('.recharts-wrapper')].map((chart) => {
      const plot = chart.querySelector('defs clipPath rect')!;
      return { x: Number(plot.getAttribute('x')), width: Number(plot.getAttribute('width')), left: chart.getBoundingClientRect().left };
    }),
  );
  expect(plotAreas).toHaveLength(2);
  expect(plotAreas[1]).toEqual(plotAreas[0]);
  await expect(options.getByTestId('call-nudges')).not.toContainText('Acknowledge:');
  await expect(options.getByTestId('transcript').locator('.label-tier', { hasText: /fast/i })).toHaveCount(0);
  await options.screenshot({ path: path.join(IMAGES, 'options-call.png') });

  // Taking the call out of Coaching Themes drops what memory learned from it.
  await options.getByTestId('call-coaching-themes').click();
  await expect(options.getByTestId('call-coaching-themes')).not.toBeChecked();
  await expect.poll(callsInMemory).not.toContain(acme.callId);
  expect(await callsInMemory()).toHaveLength(IMPORTS.length);
});
