// A hostile meeting page (test/fixtures/hostile-meet.html at a real Meet URL, so the content script runs on it):
// it tries to read the extension's stored calls from its own origin, to reach the extension's messaging and files,
// to forge messages and events for the content script, to smuggle markup and script through captions, to flood a
// caption with a megabyte of text, and to tamper with the overlay. It must get nothing; what it said must be stored
// and shown as inert text (cut to the caption limit), and capture must go on.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import type { CallScript } from '../../lib/call-script/call-script';
import { cleanCaptionText, MAX_CAPTION_CHARS } from '../../lib/capture/caption-text';
import { extensionId, launchWithExtension } from '../../scripts/browser/browser';
import { openExtensionPage } from '../../scripts/browser/extension-pages';
import { HOSTILE_MEET_URL, routeHostileMeet } from './support/hostile-site';
import { replayDone, startTimedCall } from './support/long-call';
import { routeMeetingSites } from '../../scripts/browser/meeting-sites';
import { saveSettings, waitForStored } from '../../scripts/browser/stored-data';

const XSS_IMG = `<img src=x onerror="alert('xss')">`;
const XSS_SCRIPT = `<script>alert('xss')</script>`;

const script: CallScript = {
  id: 'hostile',
  title: 'Hostile call',
  repName: 'Jordan Ellis',
  buyers: [{ name: 'Priya Shah' }],
  lines: [
    { atSec: 2, speaker: 'rep', text: 'Hi Priya, thanks for joining. How does dispatch work today?' },
    { atSec: 8, speaker: 'Priya Shah', text: `We use a spreadsheet ${XSS_IMG} and a whiteboard.` },
    { atSec: 15, speaker: 'rep', text: `${XSS_SCRIPT} What happens when a job is missed?` },
    { atSec: 22, speaker: 'Priya Shah', text: 'Honestly \u202Egnp.exe\u202C it costs us, zero\u200Bwidth\uFEFF and all.' },
    { atSec: 30, speaker: 'rep', text: 'What would that cost you over a year? 👩‍👩‍👧‍👦 שלום עולם' },
    { atSec: 38, speaker: 'Priya Shah', text: 'That is more than we budgeted this year, price is a real concern &lt;b&gt;bold&lt;/b&gt;' },
    { atSec: 46, speaker: 'rep', text: 'Understood \uD800 let us look at next steps together.' },
    { atSec: 54, speaker: 'Priya Shah', text: 'Sure, send me a proposal by Friday.' },
  ],
};

interface Attempt {
  ok: boolean;
  value?: unknown;
  error?: string;
}

let context: BrowserContext;
test.afterEach(async () => context?.close());

async function overlayHas(page: Page, selector: string): Promise<number> {
  return page.evaluate((query) => document.querySelector('discovery-coach-overlay')?.shadowRoot?.querySelectorAll(query).length ?? -1, selector);
}

test('a hostile meeting page gets nothing, its markup is stored and shown as text, and tampering does not stop capture', async () => {
  context = await launchWithExtension();
  await routeMeetingSites(context);
  await routeHostileMeet(context);
  await saveSettings(context, { repNames: [script.repName] });
  const dialogs: string[] = [];
  context.on('page', (opened) => opened.on('dialog', (dialog) => void dialogs.push(`${opened.url()}: ${dialog.message()}`)));
  const page = await context.newPage();
  page.on('dialog', (dialog) => void dialogs.push(`meeting page: ${dialog.message()}`));
  await page.goto(HOSTILE_MEET_URL);

  // The worst case: the page knows the extension's id.
  const id = await extensionId(context);
  await page.evaluate((extension) => (window as unknown as { attackExtension(id: string): Promise<void> }).attackExtension(extension), id);
  const report = (await page.evaluate(() => (window as unknown as { hostileReport: Record<string, Attempt> }).hostileReport)) as Record<string, Attempt>;
  console.log(`hostile page probes: ${Object.entries(report).filter(([name]) => name !== 'ready').map(([name, result]) => `${name}=${JSON.stringify(result.ok ? result.value : `✗ ${result.error}`)}`).join('; ')}`);

  expect(report.databases.value).not.toContain('discovery-coach');
  expect(report.openCoachDatabase.value).toEqual([]); // the page's own, empty database of that name
  expect(report.pageStorage.value).toEqual({ local: [], session: [], cookie: '' });
  expect(report.chromeRuntime.value).toBe('undefined');
  expect(report.sendMessage.ok).toBe(false);
  expect(report.connect.ok).toBe(false);
  for (const probe of ['fetchManifest', 'fetchContentScript', 'fetchOptions']) expect(report[probe].ok, probe).toBe(false);
  expect(String(report.frameOptions.value)).not.toMatch(/^loaded: [1-9]/);
  expect(report.contentScriptGlobals.value).toEqual([]);

  // The page watches the overlay's (open) shadow root for any element its captions might smuggle in.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { smuggled: string[] }).smuggled = seen;
    const watch = () => {
      const root = document.querySelector('discovery-coach-overlay')?.shadowRoot;
      if (!root) return void setTimeout(watch, 50);
      new MutationObserver((mutations) => {
        for (const mutation of mutations) for (const node of mutation.addedNodes) if (node instanceof Element && node.matches('img, script, iframe, object, [onerror]')) seen.push(node.outerHTML);
      }).observe(root, { subtree: true, childList: true });
    };
    watch();
  });

  const replay = await startTimedCall(page, 'meet', script, { speed: 4, systemNotices: false });
  await replay.waitForCallMs(5_000);
  const forged = await page.evaluate(() => (window as unknown as { forgeMessages(callId: string): string }).forgeMessages('any-call'));

  // A megabyte of caption text, written into the caption region the way the page writes any caption.
  await replay.waitForCallMs(26_000);
  const megabyte = 'flood '.repeat(180_000);
  await page.evaluate((text) => {
    const region = document.querySelector('div[role="region"][aria-label="Captions"]')!;
    const block = document.createElement('div');
    block.className = 'nMcdL';
    block.innerHTML = '<div class="KcIKyf"><span class="NWpY1d">Priya Shah</span></div><div class="ygicle"></div>';
    block.querySelector('.ygicle')!.textContent = text;
    region.insertBefore(block, region.lastElementChild?.previousElementSibling ?? null);
  }, megabyte);

  // Then the page tampers with the overlay: reads it, hides it, and finally removes it.
  await replay.waitForCallMs(42_000);
  expect(await overlayHas(page, 'img, script, iframe, object, [onerror]')).toBe(0);
  const overlayText = await page.evaluate(() => document.querySelector('discovery-coach-overlay')?.shadowRoot?.textContent ?? '');
  await page.evaluate(() => {
    const host = document.querySelector<HTMLElement>('discovery-coach-overlay')!;
    host.style.display = 'none';
    host.remove();
  });
  await replayDone(page);

  const stored = await waitForStored(context, (data) => data.reports.length === 1, 30_000);
  expect(stored.calls).toHaveLength(1);
  const storedTexts = [...stored.utterances].sort((a, b) => a.startSec - b.startSec).map((line) => line.text);
  // A lone surrogate may cross the extension's messaging as itself or as U+FFFD; either way it stays text.
  const loneSurrogates = (text: string) => text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  const expected = [...script.lines.map((line) => cleanCaptionText(line.text)), cleanCaptionText(megabyte)].map(loneSurrogates);
  console.log(`stored ${storedTexts.length} lines; the megabyte caption as ${storedTexts.find((text) => text.startsWith('flood'))?.length} chars; overlay text before removal: ${overlayText.length} chars`);
  expect(storedTexts.map(loneSurrogates).sort()).toEqual([...expected].sort());
  expect(storedTexts.find((text) => text.startsWith('flood'))!.length).toBeLessThanOrEqual(MAX_CAPTION_CHARS);
  expect(storedTexts.join('\n')).not.toContain(forged);
  expect(storedTexts).toContain(`We use a spreadsheet ${XSS_IMG} and a whiteboard.`);
  expect(stored.calls[0]).toMatchObject({ status: 'ended', endReason: 'left', utteranceCount: expected.length });

  // The rep's own pages show the captions as text: the markup is visible, inert, and nothing ran.
  const options = await openExtensionPage(context, `options.html#/call/${stored.calls[0].callId}`);
  const transcript = options.getByTestId('transcript');
  await expect(transcript).toContainText(XSS_IMG);
  await expect(transcript).toContainText(XSS_SCRIPT);
  expect(await transcript.locator('img, script, iframe, object, [onerror]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { smuggled: string[] }).smuggled)).toEqual([]);
  expect(dialogs).toEqual([]);
});
