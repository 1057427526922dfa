// The store listing's screenshots (1280×800, artifacts/store/), taken from the built extension as a rep would see
// it: the overlay coaching the demo call, the popup's debrief, a call's page and the Coaching Themes in the options
// page, and the privacy step of the tour. Each is framed with a one-line caption, the way store listings show them.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchWithExtension, ROOT } from '../../scripts/browser/browser';
import { replayWholeCall } from './support/calls';
import { openExtensionPage } from '../../scripts/browser/extension-pages';
import { routeMeetingSites } from '../../scripts/browser/meeting-sites';
import { REP_SPEAKER, type CallScript } from '../../lib/call-script/call-script';
import { loadCallScript } from '../../scripts/browser/replay';
import { saveSettings, waitForStored } from '../../scripts/browser/stored-data';

const STORE = path.join(ROOT, 'artifacts/store');
mkdirSync(STORE, { recursive: true });
const STORE_SIZE = { width: 1280, height: 800 };

let context: BrowserContext;
test.afterEach(async () => context?.close());

/** Frames a screenshot at 1280×800 under a caption, scaled down only if it does not fit. */
async function storeShot(file: string, image: Buffer, caption: string): Promise<void> {
  const page = await context.newPage();
  await page.setViewportSize(STORE_SIZE);
  await page.setContent(`<!doctype html>
    <html><body style="margin:0;width:1280px;height:800px;overflow:hidden;display:flex;flex-direction:column;align-items:center;gap:22px;
      background:linear-gradient(135deg,#0a4fa8,#2b7de9);font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif">
      <h1 style="margin:30px 40px 0;color:#fff;font-size:34px;line-height:1.2;font-weight:700;text-align:center">${caption}</h1>
      <img src="data:image/png;base64,${image.toString('base64')}"
        style="max-width:1200px;max-height:${STORE_SIZE.height - 130}px;border-radius:12px;box-shadow:0 18px 50px rgba(0,0,0,.35)">
    </body></html>`);
  await page.locator('img').evaluate((element: HTMLImageElement) => element.decode());
  await page.screenshot({ path: path.join(STORE, file) });
  await page.close();
}

const vttTime = (sec: number) => new Date(Math.round(sec * 1000)).toISOString().slice(11, 23);

/** The demo call as a meeting transcript (WebVTT), each line lasting until the next starts (or its words take). */
function asTranscript(script: CallScript): string {
  const cues = script.lines.map((line, index) => {
    const next = script.lines[index + 1]?.atSec ?? line.atSec + line.text.split(' ').length / 2.6;
    const speaker = line.speaker === REP_SPEAKER ? script.repName : line.speaker;
    return `${vttTime(line.atSec)} --> ${vttTime(Math.max(line.atSec + 0.5, next - 0.3))}\n<v ${speaker}>${line.text}`;
  });
  return `WEBVTT\n\n${cues.join('\n\n')}\n`;
}

async function onboardingTab(): Promise<Page> {
  await expect.poll(() => context.pages().some((page) => page.url().endsWith('/onboarding.html')), { timeout: 15_000 }).toBe(true);
  return context.pages().find((page) => page.url().endsWith('/onboarding.html'))!;
}

test('store screenshots: overlay in a call, popup debrief, call page, coaching themes, privacy', async () => {
  test.setTimeout(150_000);
  context = await launchWithExtension({ viewport: STORE_SIZE });
  await routeMeetingSites(context);
  await saveSettings(context, { repNames: [loadCallScript('demo-discovery').repName] });

  // The tour that opened on install: its privacy step, and its demo paused on the first objection card.
  const tour = await onboardingTab();
  await tour.goto(tour.url().replace(/#.*$/, '') + '#/privacy');
  await storeShot('store-5-privacy.png', await tour.getByTestId('onboarding-step').screenshot(), 'Private by design: your calls never leave your computer');
  await tour.goto(tour.url().replace(/#.*$/, '') + '#/demo');
  await tour.getByTestId('demo-speed').selectOption('40');
  await tour.evaluate(() => {
    const pauseOnObjection = () => {
      const root = document.querySelector('[data-testid="demo-overlay"]')?.shadowRoot;
      if (root?.querySelector('[data-testid="objection-card"]')) document.querySelector<HTMLButtonElement>('[data-testid="demo-pause"]')?.click();
      else setTimeout(pauseOnObjection, 10);
    };
    pauseOnObjection();
  });
  await tour.getByTestId('demo-play').click();
  await expect(tour.getByTestId('demo-pause')).toHaveAttribute('data-paused', 'true', { timeout: 30_000 });
  await storeShot('store-1-live-coaching.png', await tour.getByTestId('demo-meeting').screenshot(), 'Live coaching on Google Meet, Teams and Zoom');
  await tour.close();

  // Two calls through the extension: the memory needs a gap seen twice before it calls it a theme. Replays are
  // sped up, so their calls last a minute; the call shown in full is the demo call imported as a 27-minute
  // transcript (options → Import & export), which keeps its real times.
  await replayWholeCall(context, 'teams', 'short-smoke', 20);
  await replayWholeCall(context, 'meet', 'demo-discovery', 60);
  const options = await openExtensionPage(context, 'options.html#/data');
  const demo = loadCallScript('demo-discovery');
  await options.getByTestId('import-transcripts').setInputFiles({
    name: 'Northwind Mechanical - discovery.vtt',
    mimeType: 'text/vtt',
    buffer: Buffer.from(asTranscript(demo)),
  });
  await options.getByTestId('import-confirm').click();
  await expect(options.getByTestId('import-results')).toContainText('Northwind');
  const stored = await waitForStored(context, (data) => data.reports.length === 3);
  const imported = stored.calls.find((call) => call.platform === 'import')!;

  const popup = await openExtensionPage(context, 'popup.html');
  await popup.setViewportSize({ width: 400, height: 660 });
  await expect(popup.getByTestId('debrief')).toBeVisible();
  await storeShot('store-2-debrief.png', await popup.screenshot(), 'A debrief after every call, tied to the moments that matter');
  await popup.close();

  await options.goto(options.url().replace(/#.*$/, `#/call/${imported.callId}`));
  await expect(options.getByTestId('call-timeline')).toBeVisible();
  await expect(options.getByTestId('transcript')).toContainText('Priya');
  await storeShot('store-3-call.png', await options.screenshot(), 'Every call’s timeline, transcript and figures, on your machine');

  await options.goto(options.url().replace(/#.*$/, '#/themes'));
  await expect(options.getByTestId('coaching-themes').locator('[data-statement-id]').first()).toBeVisible();
  await storeShot('store-4-themes.png', await options.screenshot(), 'Coaching themes that follow you from call to call');
});
