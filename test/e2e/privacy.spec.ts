// Privacy: with the model tier off, a whole coached call (capture, storage, debrief, memory) makes no network
// request at all; with the tier switched on, the only hosts contacted are the model download hosts — and live
// coaching carries on with the built-in classifier when the download fails.
import { expect, test, type BrowserContext } from '@playwright/test';
import { isModelDownloadUrl, MODEL_DOWNLOAD_HOSTS } from '../../lib/model-tier/download-hosts';
import { extensionId, launchWithExtension } from '../../scripts/browser/browser';
import { DEBUGGING_PORT_ARG, recordExtensionNetwork, type ExtensionNetworkRecorder } from './support/extension-network';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openExtensionPage } from '../../scripts/browser/extension-pages';
import { MEETING_URLS, routeMeetingSites } from '../../scripts/browser/meeting-sites';
import { finishCall, loadCallScript, startCall } from '../../scripts/browser/replay';
import { saveSettings, waitForStored } from '../../scripts/browser/stored-data';
import { stubWebGpuInOffscreenDocument } from './support/webgpu-stub';

let context: BrowserContext;
let network: ExtensionNetworkRecorder;
let userDataDir: string;

async function launchRecorded(extraArgs: string[] = []) {
  userDataDir = mkdtempSync(path.join(tmpdir(), 'dc-privacy-'));
  context = await launchWithExtension({ userDataDir, extraArgs: [DEBUGGING_PORT_ARG, ...extraArgs] });
  network = await recordExtensionNetwork(userDataDir, await extensionId(context));
}

test.afterEach(async () => {
  network?.stop();
  await context?.close();
});

test('with the model tier off, a coached call sends nothing anywhere', async () => {
  await launchRecorded();
  const routed = await routeMeetingSites(context);
  const script = loadCallScript('short-smoke');
  await saveSettings(context, { repNames: [script.repName] });
  const page = await context.newPage();
  await page.goto(MEETING_URLS.meet);
  await startCall(page, 'meet', script, { speed: 12 });
  await finishCall(page);
  await waitForStored(context, (data) => data.reports.length === 1);
  const popup = await openExtensionPage(context, 'popup.html');
  await expect(popup.getByTestId('debrief')).toBeVisible();
  const themes = await openExtensionPage(context, 'options.html#/themes');
  await expect(themes.getByTestId('coaching-themes').or(themes.getByTestId('coaching-themes-empty')).first()).toBeVisible();
  expect(network.watched.some((target) => target.startsWith('service_worker'))).toBe(true);
  expect(routed.unrouted).toEqual([]);
  expect(network.requests).toEqual([]);
});

test('with the model tier on, only the model download hosts are contacted, and coaching goes on when the download fails', async () => {
  // The offscreen document gets a stub WebGPU adapter (test/e2e/support/webgpu-stub.ts) on every machine, GPU or
  // not, so "Download and enable" is always offered and clicking it always starts web-llm's download.
  await launchRecorded();
  const gpuStub = await stubWebGpuInOffscreenDocument(userDataDir);
  try {
    const routed = await routeMeetingSites(context);
    const script = loadCallScript('short-smoke');
    await saveSettings(context, { repNames: [script.repName] });

    const options = await openExtensionPage(context, 'options.html#/settings');
    const tier = options.getByTestId('model-tier');
    await expect(tier).toContainText('Test stub adapter (no GPU)', { timeout: 60_000 });
    const enable = tier.getByRole('button', { name: /Download and enable/ }).first();
    await expect(enable).toBeEnabled();
    await enable.click();
    await expect(options.getByTestId('model-error')).toContainText(/coach keeps using its built-in classifier/i, { timeout: 60_000 });

    const page = await context.newPage();
    await page.goto(MEETING_URLS.meet);
    await startCall(page, 'meet', script, { speed: 12 });
    await expect(page.getByTestId('objection-card')).toBeVisible({ timeout: 60_000 });
    await finishCall(page);
    const stored = await waitForStored(context, (data) => data.reports.length === 1);
    expect(stored.utterances).toHaveLength(script.lines.length);

    expect(routed.unrouted).toEqual([]);
    // The download was attempted: at least one request left the extension, and every one went to a download host.
    expect(network.requests.length).toBeGreaterThan(0);
    const hosts = [...new Set(network.requests.map((url) => new URL(url).hostname))];
    expect(hosts.filter((host) => !(MODEL_DOWNLOAD_HOSTS as readonly string[]).includes(host))).toEqual([]);
    expect(network.requests.every((url) => isModelDownloadUrl(url))).toBe(true);
    console.log(`extension targets watched: ${network.watched.length}; requests with the tier on: ${network.requests.length}, to ${hosts.join(', ')}`);
  } finally {
    gpuStub.stop();
  }
});
