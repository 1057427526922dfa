// What the reliability tests do to the browser through the DevTools protocol: measure a meeting tab's JS heap and
// CPU time, stop the extension's service worker, squeeze the extension origin's storage quota, move the content
// script's wall clock (a laptop that slept), and kill the browser process outright.
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { extensionId } from '../../../scripts/browser/browser';
import { openExtensionPage } from '../../../scripts/browser/extension-pages';

export interface HeapFigures {
  /** Bytes of JS heap in use after a forced garbage collection (the tab's whole isolate: page and content script). */
  usedBytes: number;
  /** Cumulative main-thread script time of the tab, in seconds (Performance.getMetrics ScriptDuration). */
  scriptSec: number;
}

/** Forces a full garbage collection in the tab, then reads its heap in use and its script time so far. */
export async function measureHeap(session: CDPSession): Promise<HeapFigures> {
  await session.send('HeapProfiler.enable');
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  return { usedBytes: usedSize, scriptSec: await scriptSeconds(session) };
}

export async function scriptSeconds(session: CDPSession): Promise<number> {
  await session.send('Performance.enable');
  const { metrics } = await session.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? NaN;
}

interface ProfileNode {
  id: number;
  callFrame: { url: string };
}

/**
 * Samples the tab's CPU with the V8 profiler; `stop()` returns the milliseconds spent in code whose source URL
 * contains `urlPart` (self time: the content script's own functions, not the page's, nor the browser's).
 */
export async function startCpuProfile(session: CDPSession, urlPart: string): Promise<{ stop(): Promise<number> }> {
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 200 });
  await session.send('Profiler.start');
  return {
    async stop() {
      const { profile } = await session.send('Profiler.stop');
      const nodes = new Map<number, ProfileNode>((profile.nodes as ProfileNode[]).map((node) => [node.id, node]));
      let micros = 0;
      const samples = profile.samples ?? [];
      const deltas = profile.timeDeltas ?? [];
      // timeDeltas[i] is the time before sample i; the time a sample stands for is the gap to the next one.
      for (let i = 0; i < samples.length; i++) {
        const next = deltas[i + 1] ?? 0;
        if (nodes.get(samples[i])?.callFrame.url.includes(urlPart)) micros += next;
      }
      return micros / 1000;
    },
  };
}

/** A DevTools session on one of the extension's own pages: the place the ServiceWorker and Storage domains act. */
export async function extensionDevtools(context: BrowserContext): Promise<{ session: CDPSession; page: Page; origin: string }> {
  const page = await openExtensionPage(context, 'popup.html');
  const session = await context.newCDPSession(page);
  return { session, page, origin: `chrome-extension://${await extensionId(context)}` };
}

/** Stops every service worker (as Chrome does after 30 s idle, or when it updates or crashes the worker). */
export async function stopServiceWorkers(session: CDPSession, scriptUrlPart: string): Promise<void> {
  const statuses: string[] = [];
  const listener = (event: { versions: Array<{ scriptURL: string; runningStatus: string }> }) => {
    for (const version of event.versions) if (version.scriptURL.includes(scriptUrlPart)) statuses.push(version.runningStatus);
  };
  session.on('ServiceWorker.workerVersionUpdated', listener);
  await session.send('ServiceWorker.enable');
  await session.send('ServiceWorker.stopAllWorkers');
  const deadline = Date.now() + 10_000;
  while (!statuses.includes('stopped') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  session.off('ServiceWorker.workerVersionUpdated', listener);
  if (!statuses.includes('stopped')) throw new Error(`the service worker did not stop (saw ${statuses.join(', ') || 'nothing'})`);
}

/** Caps the extension origin's storage quota (null: back to normal). IndexedDB writes beyond it fail with QuotaExceededError. */
export async function overrideQuota(session: CDPSession, origin: string, quotaBytes: number | null): Promise<void> {
  await session.send('Storage.overrideQuotaForOrigin', quotaBytes === null ? { origin } : { origin, quotaSize: quotaBytes });
}

/**
 * The execution context of the extension's content script in the tab's main frame (its isolated world). The page
 * itself can never reach it; DevTools can, which is how a test moves the content script's clock.
 */
export async function contentScriptWorld(page: Page, origin: string): Promise<{ session: CDPSession; evaluate(expression: string): Promise<unknown> }> {
  const session = await page.context().newCDPSession(page);
  const worlds: Array<{ id: number; origin: string; auxData?: { frameId?: string; type?: string } }> = [];
  session.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context as (typeof worlds)[number]));
  await session.send('Runtime.enable');
  const { frameTree } = await session.send('Page.getFrameTree');
  const deadline = Date.now() + 10_000;
  let world = worlds.find((candidate) => candidate.origin === origin && candidate.auxData?.frameId === frameTree.frame.id);
  while (!world && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    world = worlds.find((candidate) => candidate.origin === origin && candidate.auxData?.frameId === frameTree.frame.id);
  }
  if (!world) throw new Error('the content script world did not appear');
  const contextId = world.id;
  return {
    session,
    async evaluate(expression) {
      const { result, exceptionDetails } = await session.send('Runtime.evaluate', { expression, contextId, returnByValue: true });
      if (exceptionDetails) throw new Error(`content-script world: ${exceptionDetails.text}`);
      return result.value;
    },
  };
}

/**
 * Kills the Chromium browser process of a persistent profile with SIGKILL: no unload, no shutdown, no flush,
 * as when the machine loses power or the browser crashes.
 */
export function killBrowser(userDataDir: string): number {
  const processes = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n');
  const browserProcess = processes.find((line) => line.includes(`--user-data-dir=${userDataDir}`) && !line.includes('--type='));
  if (!browserProcess) throw new Error(`no browser process for ${userDataDir}`);
  const pid = Number(browserProcess.trim().split(/\s+/)[0]);
  process.kill(pid, 'SIGKILL');
  return pid;
}
