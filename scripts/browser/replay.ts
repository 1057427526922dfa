// Plays a bundled call script into a fixture meeting page through the page's replay driver, the way the real
// meeting page mutates its caption DOM.
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCallScript, REP_SPEAKER, type CallScript } from '../../lib/call-script/call-script';
import type { Platform } from '../../lib/types';
import type { CallReplayOptions } from '../../capture/replay/replay-driver';
import { ROOT } from './browser';

/** A bundled call script; `untilSec` keeps only the lines that start before it (a test that needs the call's start only). */
export function loadCallScript(name: string, untilSec = Number.POSITIVE_INFINITY): CallScript {
  const script = parseCallScript(JSON.parse(readFileSync(path.join(ROOT, 'seeds/calls', `${name}.json`), 'utf8')));
  return { ...script, lines: script.lines.filter((line) => line.atSec < untilSec) };
}

/** Starts the replay in the page and resolves when the script has been played (and, by default, the call left). */
export async function playCall(page: Page, platform: Platform, script: CallScript, options: CallReplayOptions = {}): Promise<void> {
  await page.waitForFunction(() => window.discoveryReplay !== undefined);
  await page.evaluate(
    async ({ platform, script, options }) => {
      await window.discoveryReplay!.play(platform, script, options).done;
    },
    { platform, script, options },
  );
}

/** Starts the replay and returns at once; the page keeps playing. */
export async function startCall(page: Page, platform: Platform, script: CallScript, options: CallReplayOptions = {}): Promise<void> {
  await page.waitForFunction(() => window.discoveryReplay !== undefined);
  await page.evaluate(
    ({ platform, script, options }) => {
      (window as unknown as { currentReplay: unknown }).currentReplay = window.discoveryReplay!.play(platform, script, options);
    },
    { platform, script, options },
  );
}

/** The lines as the store should end up holding them: in order, with the role each speaker has. */
export function expectedLines(script: CallScript): Array<{ role: 'rep' | 'buyer'; text: string }> {
  return script.lines.map((line) => ({ role: line.speaker === REP_SPEAKER ? 'rep' : 'buyer', text: line.text }));
}

/** Stops the replay begun with startCall where it is: the rest of the call is never played, and the call is not left. */
export async function stopCall(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { currentReplay: { stop(): void } }).currentReplay.stop();
  });
}

/** Waits for the replay begun with startCall to finish (the call is left at its end). */
export async function finishCall(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await (window as unknown as { currentReplay: { done: Promise<void> } }).currentReplay.done;
  });
}
