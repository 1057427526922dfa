// "A glance, not a read": on the Meet fixture at three common window sizes, a nudge and an objection card each
// show few words before any tap, the panel stays short, covers neither the buyer's tile nor the captions, and the
// talk share needs no scrolling. Prints the figures, and writes the README's screenshots to docs/images/.
import { expect, test, type BrowserContext } from '@playwright/test';
import path from 'node:path';
import { launchWithExtension, ROOT } from '../../scripts/browser/browser';
import { measureGlance, type GlanceFigures } from './support/glance-figures';
import { MEETING_URLS, routeMeetingSites } from '../../scripts/browser/meeting-sites';
import { finishCall, loadCallScript, startCall, stopCall } from '../../scripts/browser/replay';
import { openExtensionPage } from '../../scripts/browser/extension-pages';
import { saveSettings, waitForStored } from '../../scripts/browser/stored-data';

const IMAGES = path.join(ROOT, 'docs/images');
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

let context: BrowserContext;
test.afterEach(async () => context?.close());

function expectGlanceable(figures: GlanceFigures, maxWords: number) {
  expect(figures.words).toBeLessThanOrEqual(maxWords);
  expect(figures.panelHeight).toBeLessThanOrEqual(420);
  expect(figures.buyerTileOverlapPx).toBe(0);
  expect(figures.captionsOverlapPx).toBe(0);
  expect(figures.talkShareInSight).toBe(true);
}

for (const size of SIZES) {
  test(`meet at ${size.width}×${size.height}: a card reads at a glance and the panel stays off the buyer and the captions`, async () => {
    context = await launchWithExtension({ viewport: size });
    await routeMeetingSites(context);
    const script = loadCallScript('short-smoke');
    await saveSettings(context, { repNames: [script.repName] });
    const page = await context.newPage();
    await page.goto(MEETING_URLS.meet);
    await startCall(page, 'meet', script, { speed: 4 });
    const frame = page.mainFrame();

    await expect(frame.getByTestId('nudge')).toBeVisible({ timeout: 60_000 });
    const nudge = await measureGlance(frame, 'nudge');
    await expect(frame.getByTestId('objection-card')).toBeVisible({ timeout: 60_000 });
    const objection = await measureGlance(frame, 'objection-card');
    await page.screenshot({ path: path.join(IMAGES, `overlay-meet-${size.width}x${size.height}.png`) });
    console.log(`${size.width}×${size.height} nudge     ${JSON.stringify(nudge)}`);
    console.log(`${size.width}×${size.height} objection ${JSON.stringify(objection)}`);
    expectGlanceable(nudge, 25);
    expectGlanceable(objection, 30);

    // One tap says the buyer's line was no objection: the card goes.
    await frame.getByTestId('not-objection').click();
    await expect(frame.getByTestId('objection-card')).toBeHidden();
    // With no card the full figures come back, and still keep off the buyer and the captions.
    await expect(frame.locator('.dc-panel[data-card="false"]')).toBeVisible({ timeout: 30_000 });
    const noCard = await measureGlance(frame, null);
    console.log(`${size.width}×${size.height} no card   ${JSON.stringify(noCard)}`);
    expectGlanceable(noCard, 0);
    // Only one size needs the call's end (its stored report); the others stop here.
    if (size.width === 1280) {
      await finishCall(page);
      await afterTheCall();
    } else {
      await stopCall(page);
    }
  });
}

/** After the call at 1280×800: the tap was stored and learned from, and the README's screenshot of the popup (the manager's pages: manager-view.spec.ts). */
async function afterTheCall() {
  await waitForStored(context, (data) => data.reports.length === 1);
  const options = await openExtensionPage(context, 'options.html#/settings');
  await expect(options.getByTestId('learned-corrections')).toContainText('learned from 1 ');

  const popup = await openExtensionPage(context, 'popup.html');
  await popup.setViewportSize({ width: 400, height: 660 });
  await expect(popup.getByTestId('debrief')).toBeVisible();
  await popup.screenshot({ path: path.join(IMAGES, 'popup-debrief.png') });
}
