// The opt-in model tier in real Chromium with the built extension and no network: an extension page asks the
// background, which creates the offscreen home; enabling a model fails with a plain, typed reason (no WebGPU in
// this headless browser, or no network when a WebGPU adapter exists), refinement then says the tier is
// unavailable, and nothing about the always-on classifier changes.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { extensionId, launchWithExtension } from '../../scripts/browser/browser';

const EMBED_MODEL = 'snowflake-arctic-embed-s-q0f32-MLC-b4';

let context: BrowserContext;
let page: Page;

test.beforeEach(async () => {
  context = await launchWithExtension();
  page = await context.newPage();
  await page.goto(`chrome-extension://${await extensionId(context)}/options.html`);
});

test.afterEach(async () => {
  await context.close();
});

/** The extension API as the options page sees it (the e2e project has no extension typings). */
type PageWithRuntime = typeof globalThis & { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } };

const ask = (message: Record<string, unknown>) =>
  page.evaluate((body) => (globalThis as PageWithRuntime).chrome.runtime.sendMessage({ channel: 'model-tier', ...body }), message) as Promise<
    Record<string, any>
  >;

test('status reports the GPU from the offscreen home, with nothing enabled and nothing downloaded', async () => {
  const reply = await ask({ type: 'status' });
  expect(reply).toMatchObject({ ok: true, status: { supported: true, loaded: [], loading: null, enabled: { labels: null, debrief: null } } });
  expect(typeof reply.status.gpu.webgpu).toBe('boolean');
  const listed = await ask({ type: 'list-models' });
  expect(listed.models.map((model: { modelId: string }) => model.modelId)).toContain(EMBED_MODEL);
  expect(listed.models.every((model: { cached: boolean; vramMB: number }) => !model.cached && model.vramMB > 0)).toBe(true);
});

test('"Download and enable" without a network fails with a plain reason and refinement stays off', async () => {
  await ask({ type: 'enable', modelId: EMBED_MODEL });
  await expect.poll(async () => (await ask({ type: 'status' })).status.error?.kind, { timeout: 30_000 }).toMatch(/^(no-webgpu|network)$/);
  const { status } = await ask({ type: 'status' });
  expect(status.error.message).toContain('the coach keeps using its built-in classifier');
  expect(status).toMatchObject({ loaded: [], loading: null, enabled: { labels: EMBED_MODEL } });

  const refine = await ask({ type: 'refine-labels', lines: [{ utteranceId: 'u1', role: 'rep', text: 'Where does the month-end close get stuck?' }] });
  expect(refine).toMatchObject({ ok: false, reason: 'unavailable', error: { kind: status.error.kind } });
});
