// Faults a rep's browser meets mid-call, each survived end to end in real Chromium with the built extension:
// the MV3 service worker stopped, the tab closed, the browser killed, the laptop asleep, storage over its quota,
// and two meetings at once. "Survived" means: nothing the page showed is lost (at most the last second when the
// browser dies), the call is closed with its debrief, and coaching goes on where it can.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CallScript } from '../../lib/call-script/call-script';
import { callRecordSchema, storedReportSchema, storedUtteranceSchema } from '../../store/record-schemas';
import { extensionId, launchWithExtension } from '../../scripts/browser/browser';
import { openExtensionPage } from '../../scripts/browser/extension-pages';
import { contentScriptWorld, extensionDevtools, killBrowser, overrideQuota, stopServiceWorkers } from './support/cdp';
import { firstLines, longCall, replayDone, startTimedCall, tagged, type RunningReplay } from './support/long-call';
import { MEETING_URLS, routeMeetingSites } from '../../scripts/browser/meeting-sites';
import { readOverlayRecording, startOverlayRecorder } from './support/overlay-recorder';
import { expectedLines, loadCallScript } from '../../scripts/browser/replay';
import { readStoredData, saveSettings, waitForStored, type StoredData } from '../../scripts/browser/stored-data';

let context: BrowserContext | undefined;
test.afterEach(async () => {
  await context?.close().catch(() => {});
  context = undefined;
});

async function meetingTab(platform: 'meet' | 'teams', script: CallScript, userDataDir?: string): Promise<Page> {
  context = await launchWithExtension({ userDataDir });
  await routeMeetingSites(context);
  await saveSettings(context, { repNames: [script.repName] });
  const page = await context.newPage();
  await page.goto(MEETING_URLS[platform]);
  return page;
}

function storedInOrder(data: StoredData, callId?: string) {
  return data.utterances
    .filter((line) => callId === undefined || line.callId === callId)
    .sort((a, b) => a.startSec - b.startSec || a.capturedAt! - b.capturedAt!)
    .map((line) => ({ role: line.role, text: line.text }));
}

/** A caption as the page may have shown it while the line was being spoken: its first words, the last one perhaps misheard. */
function isRenderingOf(shown: string, scriptText: string): boolean {
  const shownWords = shown.split(' ');
  const words = scriptText.split(/\s+/u);
  return shownWords.length <= words.length && shownWords.every((word, i) => word === words[i] || words[i].startsWith(word.slice(0, -1)));
}

/** Every line the page had finished showing a second (real time) before the cut is stored with its exact text. */
function expectNothingLostBefore(stored: StoredData, script: CallScript, replay: RunningReplay, cutAtCallMs: number) {
  const mustHave = replay.settledBy(cutAtCallMs - 1_000 * replay.speed);
  const lines = storedInOrder(stored);
  expect(mustHave).toBeGreaterThan(5);
  expect(lines.slice(0, mustHave)).toEqual(expectedLines(script).slice(0, mustHave));
  // What comes after is the line being spoken at the cut (or one just finished): partial renderings, never garbage.
  const startedByCut = replay.timeline.lines.filter((line) => line.startMs <= cutAtCallMs).length;
  expect(lines.length).toBeLessThanOrEqual(startedByCut);
  lines.forEach((line, i) => expect(isRenderingOf(line.text, script.lines[i].text), `line ${i}: "${line.text}"`).toBe(true));
  return { mustHave, stored: lines.length, startedByCut };
}

test('the service worker is stopped twice mid-call: it restarts, coaching goes on, every line is stored and the call ends normally', async () => {
  const script = firstLines(loadCallScript('demo-discovery'), 32);
  const page = await meetingTab('meet', script);
  await startOverlayRecorder(page.mainFrame());
  const { session } = await extensionDevtools(context!);
  await page.bringToFront();
  const replay = await startTimedCall(page, 'meet', script, { speed: 10 });

  const overlayChangesAt: number[] = [];
  // The second stop comes after the first restarted worker's 15 s reconnect grace ran out, with the call still live.
  for (const atMs of [30_000, 195_000]) {
    await replay.waitForCallMs(atMs);
    overlayChangesAt.push((await readOverlayRecording(page.mainFrame())).latenciesMs.length);
    await stopServiceWorkers(session, '/background.js');
  }
  await replayDone(page);
  const stored = await waitForStored(context!, (data) => data.reports.length === 1 && data.calls[0]?.status !== 'live', 30_000);
  const recording = await readOverlayRecording(page.mainFrame());
  console.log(`service worker stopped at call 0:30 and 3:15; overlay changes before the stops: ${overlayChangesAt.join(', ')}, at the end: ${recording.latenciesMs.length}`);

  // The overlay kept coaching after each stop (it is the content script's; the worker only stores).
  expect(recording.latenciesMs.length).toBeGreaterThan(overlayChangesAt[1] + 5);
  expect(overlayChangesAt[1]).toBeGreaterThan(overlayChangesAt[0]);
  // The restarted worker did not take the live call for an abandoned one: it ended when the rep left.
  expect(stored.calls).toHaveLength(1);
  expect(stored.calls[0]).toMatchObject({ status: 'ended', endReason: 'left', utteranceCount: script.lines.length });
  expect(storedInOrder(stored)).toEqual(expectedLines(script));
  expect(stored.utterances.every((line) => line.final)).toBe(true);
  expect(await page.getByRole('alert').count()).toBe(0);
});

test('the tab is closed mid-call: everything shown up to the last second is stored, the call is closed and gets its debrief', async () => {
  const script = firstLines(loadCallScript('demo-discovery'), 40);
  const page = await meetingTab('meet', script);
  const replay = await startTimedCall(page, 'meet', script, { speed: 6 });
  await replay.waitForCallMs(100_000);
  const closedAtCallMs = replay.callMs();
  await page.close();

  const stored = await waitForStored(context!, (data) => data.reports.length === 1, 30_000);
  const figures = expectNothingLostBefore(stored, script, replay, closedAtCallMs);
  console.log(`tab closed at call ${(closedAtCallMs / 1000).toFixed(0)} s: ${figures.stored} lines stored, ${figures.mustHave} finished a second before, ${figures.startedByCut} begun; call ${stored.calls[0].status} (${stored.calls[0].endReason})`);
  expect(stored.calls).toHaveLength(1);
  // The page says so on its way out (pagehide): the call is closed at once, as ended unexpectedly, not left open.
  expect(stored.calls[0]).toMatchObject({ status: 'ended-unexpectedly', endReason: 'unload' });
  expect(stored.reports[0].debrief.markdown.length).toBeGreaterThan(100);
  expect(stored.calls[0].utteranceCount).toBe(stored.utterances.length);
});

test('the browser is killed mid-call: on the next start the call is recovered up to the last second, marked ended-unexpectedly, with its debrief', async () => {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'dc-profile-kill-'));
  const script = firstLines(loadCallScript('demo-discovery'), 40);
  const page = await meetingTab('meet', script, userDataDir);
  const replay = await startTimedCall(page, 'meet', script, { speed: 6 });
  await replay.waitForCallMs(100_000);
  const killedAtCallMs = replay.callMs();
  const closed = context!.waitForEvent('close');
  killBrowser(userDataDir);
  await closed;

  context = await launchWithExtension({ userDataDir });
  const stored = await waitForStored(context, (data) => data.reports.length === 1, 40_000);
  const figures = expectNothingLostBefore(stored, script, replay, killedAtCallMs);
  console.log(`browser killed at call ${(killedAtCallMs / 1000).toFixed(0)} s: ${figures.stored} lines recovered, ${figures.mustHave} finished a second before, ${figures.startedByCut} begun; call ${stored.calls[0].status} (${stored.calls[0].endReason})`);
  expect(stored.calls).toHaveLength(1);
  expect(stored.calls[0].status).toBe('ended-unexpectedly');
  // Installed extensions get runtime.onStartup and recover at once ('browser-restart'); one loaded with
  // --load-extension, as here, does not, and the worker's reconnect grace recovers it ('disconnected').
  expect(['browser-restart', 'disconnected']).toContain(stored.calls[0].endReason);
  expect(stored.calls[0].endedAt).toBe(stored.calls[0].lastActivityAt);
  expect(stored.reports[0].debrief.markdown.length).toBeGreaterThan(100);
  expect(stored.reports[0].analysis.durationSec).toBeGreaterThan(killedAtCallMs / replay.speed / 1000 - 5);
});

test('the laptop sleeps an hour mid-call: the stored duration and talk share leave the blackout out', async () => {
  // The smoke call with a 24-second pause after its twelfth line, where the laptop will sleep.
  const smoke = loadCallScript('short-smoke');
  const pauseAfter = 11;
  const script = { ...smoke, lines: smoke.lines.map((line, i) => (i > pauseAfter ? { ...line, atSec: line.atSec + 24 } : line)) };
  const page = await meetingTab('meet', script);
  const world = await contentScriptWorld(page, `chrome-extension://${await extensionId(context!)}`);
  // The content script reads the time with Date.now(); a sleeping machine's clock jumps when it wakes.
  await world.evaluate(`(() => { const real = Date.now.bind(Date); globalThis.sleptMs = 0; Date.now = () => real() + globalThis.sleptMs; })()`);
  const speed = 12;
  const replay = await startTimedCall(page, 'meet', script, { speed });
  const lines = replay.timeline.lines;
  expect(lines[pauseAfter + 1].startMs - lines[pauseAfter].settledMs).toBeGreaterThan(20_000);
  await replay.waitForCallMs((lines[pauseAfter].settledMs + lines[pauseAfter + 1].startMs) / 2);
  await world.evaluate('globalThis.sleptMs = 3600 * 1000');
  await replayDone(page);

  const stored = await waitForStored(context!, (data) => data.reports.length === 1, 30_000);
  const { analysis } = stored.reports[0];
  const awakeSec = replay.timeline.durationMs / speed / 1000;
  const sleepGapSec = 120;
  const talk = { rep: 0, buyer: 0 };
  for (const line of stored.utterances) talk[line.role] += line.endSec - line.startSec;
  // The call list shows the call's length as the rep would read it.
  const options = await openExtensionPage(context!, 'options.html#/calls');
  const row = options.locator(`tr[data-call-id="${stored.calls[0].callId}"]`);
  await expect(row).toBeVisible();
  const listed = /^(\d+):(\d\d)$/.exec(((await row.locator('[data-column="duration"]').textContent()) ?? '').trim());
  const listedSec = listed ? Number(listed[1]) * 60 + Number(listed[2]) : Number.NaN;
  console.log(
    `slept 3600 s after line ${pauseAfter + 1} of ${lines.length}; awake ${awakeSec.toFixed(0)} s; stored duration ${analysis.durationSec.toFixed(0)} s, listed ${listedSec} s, talk ${(analysis.repTalkSec + analysis.buyerTalkSec).toFixed(0)} s, rep share ${(analysis.repTalkShare * 100).toFixed(0)} %`,
  );
  expect(storedInOrder(stored)).toEqual(expectedLines(script));
  // The clock stops sleepGapSec after the last caption and resumes with the next: the hour is cut, the allowance is not.
  expect(analysis.durationSec).toBeGreaterThan(awakeSec + sleepGapSec - 10);
  expect(analysis.durationSec).toBeLessThan(awakeSec + sleepGapSec + 30);
  // Listed: at most the analysed length plus the sleep allowance (store/call-queries.ts), never the hour.
  expect(listedSec).toBeLessThanOrEqual(Math.ceil(analysis.durationSec + sleepGapSec));
  expect(listedSec).toBeGreaterThanOrEqual(Math.floor(analysis.durationSec));
  // Lines after the sleep sit right after the pause on the call clock, not an hour later.
  const afterSleep = stored.utterances.filter((line) => line.text === script.lines[pauseAfter + 1].text)[0];
  expect(afterSleep.startSec).toBeLessThan(awakeSec + sleepGapSec);
  // The blackout is nobody's talk: no line absorbed it, talk time is what the lines took, the share is the lines' share.
  expect(Math.max(...stored.utterances.map((line) => line.endSec - line.startSec))).toBeLessThan(60);
  expect(analysis.repTalkSec + analysis.buyerTalkSec).toBeCloseTo(talk.rep + talk.buyer, 0);
  expect(analysis.repTalkShare).toBeCloseTo(talk.rep / (talk.rep + talk.buyer), 2);
});

test('storage fills up mid-call: the rep is told, capture goes on in memory, and all of it is saved once storage works again', async () => {
  const script = firstLines(loadCallScript('demo-discovery'), 40);
  const page = await meetingTab('meet', script);
  const devtools = await extensionDevtools(context!);
  // Room for a few seconds of the call. (Chromium lets IndexedDB spend a cached quota allowance for up to 30 s, so a
  // quota cut while writes are under way only bites after that; a nearly full disk bites as soon as it is full.)
  const { usage } = await devtools.session.send('Storage.getUsageAndQuota', { origin: devtools.origin });
  await overrideQuota(devtools.session, devtools.origin, usage + 20_000);
  await page.bringToFront();
  const replay = await startTimedCall(page, 'meet', script, { speed: 12 });

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Could not save', { timeout: 40_000 });
  const problem = (await alert.textContent()) ?? '';
  const fullAtCallMs = replay.callMs();
  const frozen = await readStoredData(context!);
  await replay.waitForCallMs(fullAtCallMs + 80_000);
  const stillFrozen = await readStoredData(context!);
  const linesShownMeanwhile = replay.settledBy(replay.callMs()) - frozen.utterances.length;
  await overrideQuota(devtools.session, devtools.origin, null);
  await expect(alert).toHaveCount(0, { timeout: 15_000 });
  await replayDone(page);
  const stored = await waitForStored(context!, (data) => data.reports.length === 1, 30_000);
  console.log(
    `storage full at call ${(fullAtCallMs / 1000).toFixed(0)} s for 80 s of call: rep saw "${problem}"; stored lines ${frozen.utterances.length} → ${stillFrozen.utterances.length} while ${linesShownMeanwhile} more were shown; after: ${stored.utterances.length}/${script.lines.length}`,
  );

  expect(problem).toMatch(/storage .*is full/);
  expect(frozen.utterances.length).toBeGreaterThan(0);
  expect(stillFrozen.utterances.length).toBe(frozen.utterances.length);
  expect(linesShownMeanwhile).toBeGreaterThan(3);
  expect(stored.calls[0]).toMatchObject({ status: 'ended', endReason: 'left', utteranceCount: script.lines.length });
  expect(storedInOrder(stored)).toEqual(expectedLines(script));
  // Nothing half-written: every record reads back as a valid record.
  expect(callRecordSchema.safeParse(stored.calls[0]).success).toBe(true);
  for (const { callId: _callId, ...line } of stored.utterances) expect(storedUtteranceSchema.safeParse(line).success).toBe(true);
  const { callId: _callId, ...report } = stored.reports[0];
  expect(storedReportSchema.safeParse(report).success).toBe(true);
});

test('two meetings at once (Meet and Teams): two calls, each with exactly its own lines', async () => {
  const base = firstLines(longCall(5), 16);
  const scripts = { meet: tagged(base, 'meet'), teams: tagged(base, 'teams') };
  const meet = await meetingTab('meet', scripts.meet);
  const teams = await context!.newPage();
  await teams.goto(MEETING_URLS.teams);
  await Promise.all([startTimedCall(meet, 'meet', scripts.meet, { speed: 8 }), startTimedCall(teams, 'teams', scripts.teams, { speed: 8, rowChurn: 10 })]);
  await Promise.all([replayDone(meet), replayDone(teams)]);
  const stored = await waitForStored(context!, (data) => data.reports.length === 2, 30_000);

  expect(stored.calls.map((call) => call.platform).sort()).toEqual(['meet', 'teams']);
  for (const call of stored.calls) {
    expect(call).toMatchObject({ status: 'ended', endReason: 'left', utteranceCount: base.lines.length });
    expect(storedInOrder(stored, call.callId)).toEqual(expectedLines(scripts[call.platform as 'meet' | 'teams']));
    const report = stored.reports.find((candidate) => candidate.callId === call.callId)!;
    expect(report.analysis.objections.every((objection) => objection.text.endsWith(`(${call.platform})`))).toBe(true);
  }
  expect(stored.nudges.every((nudge) => stored.calls.some((call) => call.callId === nudge.callId))).toBe(true);
});
