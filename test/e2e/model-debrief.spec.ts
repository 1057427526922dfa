// The model tier writes the debrief: with the debrief model switched on, a finished call's debrief is rewritten
// by the model and the popup shows it marked as the model's. The engine behind it is a fake at web-llm's own
// interface (test/fakes/web-llm-engine.ts) put into the offscreen document in place of the model worker over the
// DevTools protocol, with a stub WebGPU adapter: nothing of either is in the build, and nothing is downloaded.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extensionId, launchWithExtension } from '../../scripts/browser/browser';
import { DEBUGGING_PORT_ARG } from './support/extension-network';
import { openExtensionPage } from '../../scripts/browser/extension-pages';
import { fakeModelWorkerSource } from './support/fake-model-worker';
import { MEETING_URLS, routeMeetingSites } from '../../scripts/browser/meeting-sites';
import { finishCall, loadCallScript, startCall } from '../../scripts/browser/replay';
import { saveSettings, waitForStored } from '../../scripts/browser/stored-data';
import { stubWebGpuInOffscreenDocument, type WebGpuStub } from './support/webgpu-stub';

const DEBRIEF_MODEL = 'Qwen2.5-1.5B-Instruct-q4f16_1-MLC';

let context: BrowserContext;
let gpuStub: WebGpuStub | undefined;

test.afterEach(async () => {
  gpuStub?.stop();
  await context?.close();
});

type PageWithRuntime = typeof globalThis & { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } };

const ask = (page: Page, message: Record<string, unknown>) =>
  page.evaluate((body) => (globalThis as PageWithRuntime).chrome.runtime.sendMessage({ channel: 'model-tier', ...body }), message) as Promise<
    Record<string, any>
  >;

test('with the debrief model on, the model writes the debrief the popup shows, marked as the model wrote it', async () => {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'dc-model-debrief-'));
  context = await launchWithExtension({ userDataDir, extraArgs: [DEBUGGING_PORT_ARG] });
  await extensionId(context);
  gpuStub = await stubWebGpuInOffscreenDocument(userDataDir, { alsoInject: fakeModelWorkerSource() });
  await routeMeetingSites(context);
  const script = loadCallScript('short-smoke');
  await saveSettings(context, { repNames: [script.repName] });

  const options = await openExtensionPage(context, 'options.html#/settings');
  await ask(options, { type: 'enable', modelId: DEBRIEF_MODEL });
  await expect
    .poll(async () => {
      const { status } = await ask(options, { type: 'status' });
      return status.error?.message ?? status.loaded.join(',');
    }, { timeout: 30_000 })
    .toBe(DEBRIEF_MODEL);

  const page = await context.newPage();
  await page.goto(MEETING_URLS.meet);
  await startCall(page, 'meet', script, { speed: 12 });
  await finishCall(page);
  const stored = await waitForStored(context, (data) => data.reports[0]?.debrief.writtenBy === 'model', 60_000);
  const { debrief } = stored.reports[0];
  // The fake engine quotes the first rep line of the prompt at its own time; the grounding checks kept it.
  const quoted = debrief.wentWell[0].evidence[0];
  expect(stored.utterances.some((line) => line.id === quoted.utteranceId && line.role === 'rep' && line.startSec === quoted.atSec)).toBe(true);
  expect(debrief.markdown).toContain('You opened by asking the buyer about their own situation');

  const popup = await openExtensionPage(context, 'popup.html');
  const shown = popup.getByTestId('debrief');
  await expect(shown).toHaveAttribute('data-written-by', 'model');
  await expect(shown).toContainText('You opened by asking the buyer about their own situation');
  await expect(shown).toContainText('Written by the on-device model.');
});
