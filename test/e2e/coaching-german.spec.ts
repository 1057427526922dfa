// The German UI coaches in German: with Chromium's UI language set to German, a call replayed on the Meet fixture
// gets its live nudge, its objection card (the line to say and the AECR steps) and the popup's debrief in German,
// and none of the English coaching. The expected words come from the seeds, so the test fails on any English nudge.
import { expect, test, type BrowserContext } from '@playwright/test';
import { openExtensionPage } from '../../scripts/browser/extension-pages';
import { MEETING_URLS, routeMeetingSites } from '../../scripts/browser/meeting-sites';
import { finishCall, loadCallScript, startCall } from '../../scripts/browser/replay';
import { saveSettings, waitForStored } from '../../scripts/browser/stored-data';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launchWithExtension, ROOT } from '../../scripts/browser/browser';
import { sayLine } from '../../lib/engine/say-line';

/** The text fields of the methodology seeds in one language (the German files hold only those). */
interface Methodology {
  playbook: { phases: Record<string, { prompts: string[] }>; spin: Record<string, string[]>; checklist: Record<string, string[]>; upfrontContract: string; nextStep: string };
  objections: Record<'budget' | 'timing' | 'competition', { sayNow: string; acknowledge: string; clarify: string }>;
  nudgeWording: Record<string, { title: string }>;
  debriefWording: { opportunities: Record<string, { focus: string }>; opportunityNone: { focus: string }; followUp: string };
}

// Read as files: Playwright's loader does not import JSON modules, so the engine's own loader is not used here.
function methodologyText(folder: string): Methodology {
  const seed = (name: string) => JSON.parse(readFileSync(path.join(ROOT, 'seeds/methodology', folder, `${name}.json`), 'utf8'));
  return { playbook: seed('playbook'), objections: seed('objections'), nudgeWording: seed('nudges'), debriefWording: seed('debrief') };
}
const METHODOLOGY = methodologyText('');
const GERMAN = methodologyText('de');

/** Everything a nudge card may lead with: a playbook prompt's say line, an objection's line to say, or a nudge title. */
function cardLines(methodology: Methodology): string[] {
  const { phases, spin, checklist, upfrontContract, nextStep } = methodology.playbook;
  const objections = [methodology.objections.budget, methodology.objections.timing, methodology.objections.competition];
  const prompts = [...Object.values(phases).flatMap((phase) => phase.prompts), ...Object.values(spin).flat(), ...Object.values(checklist).flat(), upfrontContract, nextStep];
  return [...prompts.map(sayLine), ...objections.map((card) => card.sayNow), ...titles(methodology)];
}

/** Nudge titles up to their first {placeholder}. */
const titles = (methodology: Methodology) =>
  Object.entries(methodology.nudgeWording)
    .filter(([key]) => !key.startsWith('$'))
    .map(([, wording]) => wording.title.split('{')[0].trim())
    .filter(Boolean);

/** The debrief's fixed lines: each coaching focus and practice, the follow-up, the "nothing stood out" line. */
const debriefLines = (methodology: Methodology) => {
  const wording = methodology.debriefWording;
  return [...Object.values(wording.opportunities).map((entry) => entry.focus), wording.opportunityNone.focus, wording.followUp.split('{')[0].trim()];
};

function expectNoneOf(text: string, english: string[], where: string) {
  for (const line of english) expect(text, `${where} has English coaching: "${line}"`).not.toContain(line);
}

let context: BrowserContext;
test.afterEach(async () => context?.close());

test('German UI: the live nudge, the objection card and the debrief are in German', async () => {
  context = await launchWithExtension({ extraArgs: ['--lang=de'] });
  await routeMeetingSites(context);
  const script = loadCallScript('short-smoke');
  await saveSettings(context, { repNames: [script.repName] });
  const page = await context.newPage();
  await page.goto(MEETING_URLS.meet);
  await startCall(page, 'meet', script, { speed: 4 });
  const frame = page.mainFrame();

  // A live nudge: the line it leads with is German coaching, and so is the title and message behind "Warum?".
  const nudge = frame.getByTestId('nudge');
  await expect(nudge).toBeVisible({ timeout: 60_000 });
  const say = (await nudge.getByTestId('card-say').textContent())!.trim();
  expect(cardLines(GERMAN), `the nudge leads with "${say}"`).toContain(say);
  await nudge.getByTestId('card-why').click();
  const nudgeText = await nudge.innerText();
  expect(titles(GERMAN).some((title) => nudgeText.includes(title)), `a German title in: ${nudgeText}`).toBe(true);
  expectNoneOf(nudgeText, cardLines(METHODOLOGY), 'the nudge');

  // The objection card: the line to say now and the four AECR steps, all German.
  const card = frame.getByTestId('objection-card');
  await expect(card).toBeVisible({ timeout: 60_000 });
  const category = (await card.getAttribute('data-category')) as 'budget' | 'timing' | 'competition';
  await expect(card.getByTestId('card-say')).toHaveText(GERMAN.objections[category].sayNow);
  await card.getByTestId('objection-steps').click();
  for (const step of ['Anerkennen', 'Einfühlen', 'Klären', 'Umdeuten']) await expect(card).toContainText(step);
  await expect(card).toContainText(GERMAN.objections[category].clarify);
  const cardText = await card.innerText();
  expectNoneOf(cardText, ['Acknowledge', 'Empathize', 'Clarify', 'Reframe', ...[METHODOLOGY.objections.budget, METHODOLOGY.objections.timing, METHODOLOGY.objections.competition].flatMap((aecr) => [aecr.sayNow, aecr.acknowledge, aecr.clarify])], 'the objection card');

  await finishCall(page);
  await waitForStored(context, (data) => data.reports.length === 1);

  // The popup's debrief, written by the background after the call.
  const popup = await openExtensionPage(context, 'popup.html');
  const debrief = popup.getByTestId('debrief');
  await expect(debrief).toBeVisible();
  const debriefText = await debrief.innerText();
  expect(debriefLines(GERMAN).some((line) => debriefText.includes(line)), `German coaching in the debrief: ${debriefText}`).toBe(true);
  expect(debriefText).toContain(GERMAN.debriefWording.followUp.split('{')[0].trim());
  expectNoneOf(debriefText, debriefLines(METHODOLOGY), 'the debrief');
});
