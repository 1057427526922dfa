// First run, as a new rep meets it: installing the extension opens the tour by itself; the rep walks every step,
// saves their name (into the same settings the options page edits), reads the privacy policy, and watches the
// demo call: the real overlay coaches it with nudges and an objection card, and the debrief follows. Nothing of the
// demo is stored. Screenshots of every step and of the demo go to artifacts/screenshots/onboarding-*.png.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { extensionWorker, launchWithExtension, ROOT } from '../../scripts/browser/browser';
import { openExtensionPage } from '../../scripts/browser/extension-pages';
import { readStoredData } from '../../scripts/browser/stored-data';

const SCREENSHOTS = path.join(ROOT, 'artifacts/screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

const STEPS = ['welcome', 'privacy', 'captions', 'name', 'demo'] as const;
const REP_NAME = 'Sam Rivera';

let context: BrowserContext;
test.afterEach(async () => context?.close());

/** The tab the extension opened on install; a new tab's URL is set once its navigation commits, so it is polled. */
async function onboardingTab(context: BrowserContext): Promise<Page> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const opened = context.pages().find((page) => page.url().endsWith('/onboarding.html'));
    if (opened) {
      await opened.waitForLoadState();
      return opened;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the onboarding page did not open on install; open tabs: ${context.pages().map((page) => page.url()).join(', ')}`);
}

async function storedSettings(context: BrowserContext): Promise<{ repNames?: string[] } | undefined> {
  const worker = await extensionWorker(context);
  return worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } }).chrome;
    return (await api.storage.local.get('settings')).settings as { repNames?: string[] } | undefined;
  });
}

interface DemoRecording {
  nudgeKinds: string[];
  objectionCategories: string[];
  pausedOnObjection: boolean;
}

/**
 * Watches the demo's overlay (in its shadow root) for every nudge and objection card it shows. At the demo's speed
 * a card is up for a few seconds only, so the recorder presses Pause the moment the first objection card appears,
 * as a rep would to read it.
 */
async function recordDemoOverlay(page: Page): Promise<void> {
  await page.evaluate(() => {
    const recording: DemoRecording = { nudgeKinds: [], objectionCategories: [], pausedOnObjection: false };
    (window as unknown as { demoRecording: DemoRecording }).demoRecording = recording;
    const addOnce = (list: string[], value: string | null | undefined) => {
      if (value && !list.includes(value)) list.push(value);
    };
    const read = (root: ShadowRoot) => {
      addOnce(recording.nudgeKinds, root.querySelector('[data-testid="nudge"]')?.getAttribute('data-kind'));
      const category = root.querySelector('[data-testid="objection-card"]')?.getAttribute('data-category');
      addOnce(recording.objectionCategories, category);
      if (category && !recording.pausedOnObjection) {
        recording.pausedOnObjection = true;
        document.querySelector<HTMLButtonElement>('[data-testid="demo-pause"]')?.click();
      }
    };
    const watch = () => {
      const root = document.querySelector('[data-testid="demo-overlay"]')?.shadowRoot;
      if (!root) return void setTimeout(watch, 20);
      new MutationObserver(() => read(root)).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    };
    watch();
  });
}

const demoRecording = (page: Page) => page.evaluate(() => (window as unknown as { demoRecording: DemoRecording }).demoRecording);

test('first run: the tour opens on install, saves the rep’s name, and its demo coaches a call through to the debrief', async () => {
  test.setTimeout(90_000);
  context = await launchWithExtension();
  const page = await onboardingTab(context);
  const step = page.getByTestId('onboarding-step');

  for (const name of STEPS) {
    await expect(step).toHaveAttribute('data-step', name);
    await expect(step.getByRole('heading', { level: 2 })).toBeVisible();
    if (name === 'captions') {
      // The pictures are loaded and drawn, not broken images.
      for (const picture of await step.locator('.caption-guide img').all()) {
        await expect.poll(() => picture.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
      }
    }
    if (name === 'name') {
      await page.getByTestId('rep-name-input').fill(REP_NAME);
      await page.getByTestId('rep-name-save').click();
      await expect(page.getByTestId('rep-name-status')).toContainText(REP_NAME);
      expect((await storedSettings(context))?.repNames).toEqual([REP_NAME]);
    }
    await page.screenshot({ path: path.join(SCREENSHOTS, `onboarding-${name}.png`), fullPage: true });
    if (name === 'privacy') {
      await page.getByTestId('privacy-policy-link').click();
      await expect(page.getByTestId('privacy-policy')).toContainText('huggingface.co');
      await page.screenshot({ path: path.join(SCREENSHOTS, 'onboarding-privacy-policy.png'), fullPage: true });
      await page.goBack();
      await expect(step).toHaveAttribute('data-step', 'privacy');
    }
    if (name !== 'demo') await page.getByTestId('onboarding-next').click();
  }

  // The name survives a reload: it was read back from the stored settings.
  await page.goto(page.url().replace(/#.*$/, '#/name'));
  await expect(page.getByTestId('rep-name-input')).toHaveValue(REP_NAME);
  await page.goto(page.url().replace(/#.*$/, '#/demo'));

  // The demo, fast: the 27-minute call at 80×.
  await page.getByTestId('demo-speed').selectOption('80');
  await recordDemoOverlay(page);
  await page.getByTestId('demo-play').click();
  await expect(page.getByTestId('demo-pause')).toHaveAttribute('data-paused', 'true', { timeout: 30_000 });
  const overlay = page.getByTestId('demo-overlay');
  await expect(overlay.getByTestId('objection-card')).toBeVisible();
  await expect(overlay.getByTestId('talk-share')).toHaveText(/\d\s?%/);
  await page.locator('.demo-controls').evaluate((controls) => controls.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: path.join(SCREENSHOTS, 'onboarding-demo-overlay.png') });

  await page.getByTestId('demo-pause').click();
  const debrief = page.getByTestId('demo-debrief');
  await expect(debrief).toBeVisible({ timeout: 40_000 });
  await expect(debrief.getByTestId('debrief')).toContainText(/(?<!\d)\d{1,2}:\d\d(?!\d)/);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'onboarding-demo-debrief.png'), fullPage: true });

  const recording = await demoRecording(page);
  console.log(`demo overlay showed nudges ${recording.nudgeKinds.join(', ')}; objection cards ${recording.objectionCategories.join(', ')}`);
  expect(recording.nudgeKinds.length).toBeGreaterThanOrEqual(2);
  expect(recording.objectionCategories.length).toBeGreaterThanOrEqual(1);

  // The demo call is not the rep's: nothing of it was stored.
  const stored = await readStoredData(context);
  expect(stored.calls).toEqual([]);
  expect(stored.utterances).toEqual([]);

  // The tour can be opened again from the popup, and the tour and the privacy policy from the options page.
  const popup = await openExtensionPage(context, 'popup.html');
  const [fromPopup] = await Promise.all([context.waitForEvent('page'), popup.getByTestId('popup-tour-link').click()]);
  await expect(fromPopup.getByTestId('onboarding-step')).toHaveAttribute('data-step', 'welcome');
  const options = await openExtensionPage(context, 'options.html');
  await expect(options.getByTestId('options-tour-link')).toHaveAttribute('href', '/onboarding.html');
  const [policy] = await Promise.all([context.waitForEvent('page'), options.getByTestId('options-privacy-link').click()]);
  await expect(policy.getByTestId('privacy-policy')).toBeVisible();

  // Finishing the tour closes its tab.
  await page.bringToFront();
  await Promise.all([page.waitForEvent('close'), page.getByTestId('onboarding-finish').click()]);
});
