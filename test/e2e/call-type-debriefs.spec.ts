// One discovery, one demo / follow-up and one pricing call from the dev calls (seeds/calls/corpus/dev): each is
// replayed through the extension on the Meet fixture and must be read as its type from its opening, with no
// early-pitch coaching outside discovery. Replays are sped up and play the call's first minutes only; for the
// screenshots in docs/call-types.md each call is also imported whole as a transcript (options → Import & export),
// which keeps its real times. The popup's three debriefs must differ and each name its call type.
import { expect, test, type BrowserContext } from '@playwright/test';
import path from 'node:path';
import { launchWithExtension, ROOT } from '../../scripts/browser/browser';
import { openExtensionPage } from '../../scripts/browser/extension-pages';
import { MEETING_URLS, routeMeetingSites } from '../../scripts/browser/meeting-sites';
import { playCall } from '../../scripts/browser/replay';
import { saveSettings, waitForStored } from '../../scripts/browser/stored-data';
import type { CallType } from '../../lib/types';
import { devCallScript, devCallTranscript } from './support/dev-calls';

const IMAGES = path.join(ROOT, 'docs/images');
const SPEED = 40;
/**
 * The replays play each call's first six minutes: the type is read from the opening, and the pitches of the
 * follow-up (first at about 4 minutes) and of the pricing call (under 2) come inside it. The imports keep the whole call.
 */
const REPLAYED_SEC = 360;

const CALLS: ReadonlyArray<{ id: string; callType: CallType; named: string; image: string }> = [
  { id: 'd14-ferris-plastics-discovery', callType: 'discovery', named: '(discovery)', image: 'debrief-discovery.png' },
  { id: 'd15-treadwell-dock-followup', callType: 'follow-up', named: '(demo / follow-up)', image: 'debrief-follow-up.png' },
  { id: 'd16-halvorsen-steel-pricing', callType: 'pricing', named: '(pricing / negotiation)', image: 'debrief-pricing.png' },
];

let context: BrowserContext;
test.afterEach(async () => context?.close());

test('a discovery, a follow-up and a pricing call each get a debrief of their own type', async () => {
  test.setTimeout(360_000);
  context = await launchWithExtension();
  await routeMeetingSites(context);
  const debriefs: string[] = [];
  for (const [index, call] of CALLS.entries()) {
    const script = devCallScript(call.id, REPLAYED_SEC);
    await saveSettings(context, { repNames: [script.repName] });
    const meeting = await context.newPage();
    await meeting.goto(MEETING_URLS.meet);
    await playCall(meeting, 'meet', script, { speed: SPEED });
    const replayed = await waitForStored(context, (data) => data.reports.length === 2 * index + 1, 60_000);
    await meeting.close();
    const newest = [...replayed.calls].sort((a, b) => b.startedAt - a.startedAt)[0];
    const report = replayed.reports.find((entry) => entry.callId === newest.callId);
    expect(report?.analysis.callType, call.id).toBe(call.callType);
    if (call.callType !== 'discovery') expect(report?.debrief.opportunities.map((point) => point.grounding?.key)).not.toContain('earlyPitch');

    const options = await openExtensionPage(context, 'options.html#/data');
    await options.getByTestId('import-transcripts').setInputFiles({ name: `${script.title}.vtt`, mimeType: 'text/vtt', buffer: Buffer.from(devCallTranscript(call.id)) });
    await options.getByTestId('import-confirm').click();
    await expect(options.getByTestId('import-results')).toContainText(script.title);
    await waitForStored(context, (data) => data.reports.length === 2 * index + 2);
    await options.close();

    const popup = await openExtensionPage(context, 'popup.html');
    await popup.setViewportSize({ width: 400, height: 900 });
    const debrief = popup.getByTestId('debrief');
    await expect(popup.locator('.latest-call-meta')).toContainText(script.title);
    await expect(debrief).toContainText(call.named);
    await expect(popup.getByRole('combobox', { name: 'Call type' })).toHaveValue(call.callType);
    await popup.screenshot({ path: path.join(IMAGES, call.image), fullPage: true });
    debriefs.push(await debrief.innerText());
    await popup.close();
  }
  expect(new Set(debriefs).size).toBe(CALLS.length);
});
