// The rep corrects the call type where they meet it: in the overlay during a replayed dev call (a discovery call
// whose rep pitches in minute one), the early-pitch nudge on screen goes the moment the rep says it is a pricing
// call; after the call, changing the type in the popup rewrites the debrief for the new type; the call page shows
// the corrected type.
import { expect, test, type BrowserContext } from '@playwright/test';
import { launchWithExtension } from '../../scripts/browser/browser';
import { openExtensionPage } from '../../scripts/browser/extension-pages';
import { MEETING_URLS, routeMeetingSites } from '../../scripts/browser/meeting-sites';
import { finishCall, startCall } from '../../scripts/browser/replay';
import { saveSettings, waitForStored } from '../../scripts/browser/stored-data';
import { devCallScript } from './support/dev-calls';

let context: BrowserContext;
test.afterEach(async () => context?.close());

// The call's first 110 s: the pitch starts in the first minute and the early-pitch nudge follows at about 55 s, so the
// replay keeps going for a while after the rep's correction (nothing brings the nudge back) and no longer.
const script = devCallScript('d14-ferris-plastics-discovery', 110);
// Slow enough that the nudge would stay on screen for 10 s if nothing took it down.
const SPEED = 2;

test('the rep corrects the call type in the overlay, the popup and the call page', async () => {
  test.setTimeout(240_000);
  context = await launchWithExtension();
  await routeMeetingSites(context);
  await saveSettings(context, { repNames: [script.repName] });
  const meeting = await context.newPage();
  await meeting.goto(MEETING_URLS.meet);
  await startCall(meeting, 'meet', script, { speed: SPEED });
  const overlay = meeting.mainFrame();

  // During the call: the early-pitch nudge is up; the rep says this is a pricing call and it goes at once.
  const earlyPitch = overlay.locator('[data-testid="nudge"][data-kind="early-pitch"]');
  await expect(earlyPitch).toBeVisible({ timeout: 90_000 });
  const select = overlay.getByRole('combobox', { name: 'Call type' });
  await expect(select).toHaveValue('discovery');
  await select.selectOption('pricing');
  await expect(earlyPitch).toBeHidden({ timeout: 2_000 });
  await expect(overlay.getByTestId('pitch-window')).toBeHidden();
  await finishCall(meeting);

  const stored = await waitForStored(context, (data) => data.reports.length === 1 && data.calls[0]?.callType === 'pricing', 30_000);
  expect(stored.calls[0].callType).toBe('pricing');
  expect(stored.reports[0].analysis).toMatchObject({ callType: 'pricing', callTypeSource: 'rep' });
  expect(stored.reports[0].nudges.map((nudge) => nudge.kind)).not.toContain('early-pitch');
  const callId = stored.calls[0].callId;

  // After the call: the popup's debrief is a pricing call's; the rep says it was a discovery call after all.
  const popup = await openExtensionPage(context, 'popup.html');
  const debrief = popup.getByTestId('debrief');
  await expect(debrief).toContainText('(pricing / negotiation)');
  await expect(popup.locator('[data-testid="call-glance"] [data-figure]')).toHaveCount(3);
  await expect(popup.locator('[data-testid="call-glance"] [data-figure="firstPitch"]')).toHaveCount(0);
  const asPricing = await debrief.innerText();
  await popup.getByRole('combobox', { name: 'Call type' }).selectOption('discovery');
  await expect(debrief).toContainText('(discovery)', { timeout: 20_000 });
  expect(await debrief.innerText()).not.toBe(asPricing);
  await expect(popup.locator('[data-testid="call-glance"] [data-figure="firstPitch"]')).toBeVisible();
  const rewritten = await waitForStored(context, (data) => data.reports[0]?.analysis.callType === 'discovery');
  expect(rewritten.calls[0].callType).toBe('discovery');
  expect(rewritten.reports[0].debrief.opportunities.map((point) => point.grounding?.key)).toContain('earlyPitch');

  // The call page shows the corrected type, as the rep's.
  const callPage = await openExtensionPage(context, `options.html#/call/${callId}`);
  const control = callPage.getByTestId('call-type-control');
  await expect(callPage.getByRole('combobox', { name: 'Call type' })).toHaveValue('discovery');
  await expect(control.getByTestId('call-type-source')).toHaveText('Set by you');
});
