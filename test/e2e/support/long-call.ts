// Long calls for the soak and fault tests: the demo discovery call played back to back until the call lasts as
// long as asked, and a clock on the replay so a test knows which lines the page has shown by now.
import type { Page } from '@playwright/test';
import type { CallReplayOptions } from '../../../capture/replay/replay-driver';
import type { CallScript } from '../../../lib/call-script/call-script';
import { createSeededRandom } from '../../../lib/seeded-random';
import { compileCaptionTimeline, type CaptionTimeline } from '../../../lib/call-script/caption-timeline';
import type { Platform } from '../../../lib/types';
import { loadCallScript } from '../../../scripts/browser/replay';

/**
 * The demo call played on until it lasts `minutes`. Each repeat after the first says other words in the same rhythm
 * (every word of three letters or more swapped for another word of the demo): people do not repeat a half-hour
 * conversation word for word, and a verbatim repeat would hand the adapter's "is this row a known line coming back?"
 * check twins that no real call has (see the soak spec).
 */
export function longCall(minutes: number): CallScript {
  const demo = loadCallScript('demo-discovery');
  const vocabulary = [...new Set(demo.lines.flatMap((line) => line.text.toLowerCase().match(/\p{L}{3,}/gu) ?? []))].sort();
  const targetSec = minutes * 60;
  const length = demo.lines.at(-1)!.atSec + 10;
  const lines = [];
  for (let repeat = 0; repeat * length < targetSec; repeat++) {
    const random = createSeededRandom(repeat + 1);
    for (const line of demo.lines) {
      const atSec = line.atSec + repeat * length;
      if (atSec >= targetSec) break;
      const text = repeat === 0 ? line.text : line.text.replace(/\p{L}{3,}/gu, () => vocabulary[Math.floor(random() * vocabulary.length)]);
      lines.push({ ...line, atSec, text });
    }
  }
  return { ...demo, id: `long-${minutes}`, lines };
}

/** The first `count` lines of a script (a shorter call with the same people). */
export function firstLines(script: CallScript, count: number): CallScript {
  return { ...script, lines: script.lines.slice(0, count) };
}

/** Same lines, every text marked with `tag`, so two calls played at once can be told apart. */
export function tagged(script: CallScript, tag: string): CallScript {
  return { ...script, id: `${script.id}-${tag}`, lines: script.lines.map((line) => ({ ...line, text: `${line.text} (${tag})` })) };
}

export interface RunningReplay {
  timeline: CaptionTimeline;
  /** Epoch ms (the machine's clock, shared by the test and the browser) at which call time 0 plays. */
  startedAt: number;
  speed: number;
  /** Call milliseconds now. */
  callMs(): number;
  /** Real milliseconds until call time `callMs`. */
  waitForCallMs(callMs: number): Promise<void>;
  /** Lines whose caption had stopped changing by call time `callMs`. */
  settledBy(callMs: number): number;
  /** Caption rewrites (revisions) the page made between two call times. */
  stepsBetween(fromMs: number, toMs: number): number;
}

const LEAD_IN_MS = 1_500;

/** Starts a replay in the page (the call is left at its end) and returns its clock. */
export async function startTimedCall(page: Page, platform: Platform, script: CallScript, options: CallReplayOptions & { speed: number }): Promise<RunningReplay> {
  const timeline = compileCaptionTimeline(script, options);
  await page.waitForFunction(() => window.discoveryReplay !== undefined);
  const startedAt = await page.evaluate(
    ({ platform, script, options, leadIn }) => {
      (window as unknown as { currentReplay: unknown }).currentReplay = window.discoveryReplay!.play(platform, script, { ...options, captionsLeadInMs: leadIn });
      return Date.now() + leadIn;
    },
    { platform, script, options, leadIn: LEAD_IN_MS },
  );
  const { speed } = options;
  return {
    timeline,
    startedAt,
    speed,
    callMs: () => (Date.now() - startedAt) * speed,
    async waitForCallMs(callMs) {
      const wait = startedAt + callMs / speed - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    },
    settledBy: (callMs) => timeline.lines.filter((line) => line.settledMs <= callMs).length,
    stepsBetween: (fromMs, toMs) => timeline.steps.filter((step) => step.atMs >= fromMs && step.atMs < toMs).length,
  };
}

/** Resolves when the replay started with startTimedCall has played out (and the call was left). */
export async function replayDone(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await (window as unknown as { currentReplay: { done: Promise<void> } }).currentReplay.done;
  });
}
