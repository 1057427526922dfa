// Capture in real Chromium: a replayed 60-minute call (the demo call played back to back) into each platform's
// fixture page, through the real adapter and the content script's live loop. Prints the handling time per caption
// mutation batch (target p99 < 1 ms), the lines and revisions handled per second, and the content-script bundle
// size (target < 150 kB gzip; and no web-llm in it).
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseCallScript, type CallScript } from '../../lib/call-script/call-script';
import { PLATFORMS, type Platform } from '../../lib/types';
import type { CaptureBenchResult } from './capture-page/entry';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TARGET_CALL_SEC = 3600;
const SPEED = 40;

/** The demo call repeated until it lasts an hour, each repeat with its own line texts' order intact. */
export function hourLongCall(): CallScript {
  const demo = parseCallScript(JSON.parse(readFileSync(path.join(ROOT, 'seeds/calls/demo-discovery.json'), 'utf8')));
  const length = demo.lines.at(-1)!.atSec + 10;
  const lines = [];
  for (let offset = 0; offset < TARGET_CALL_SEC; offset += length) {
    for (const line of demo.lines) if (line.atSec + offset < TARGET_CALL_SEC) lines.push({ ...line, atSec: line.atSec + offset });
  }
  return { ...demo, id: 'hour-long', lines };
}

const percentile = (sorted: number[], fraction: number) => sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? NaN;
const ms = (value: number) => `${value.toFixed(3)} ms`;

async function pageBundle(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(import.meta.dirname, 'capture-page/entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    logLevel: 'silent',
    define: { 'import.meta.env.BROWSER': '"chrome"', 'import.meta.env.MANIFEST_VERSION': '3' },
  });
  return result.outputFiles[0].text;
}

async function benchPlatform(platform: Platform, bundle: string, script: CallScript): Promise<CaptureBenchResult> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking'] });
  try {
    const page = await browser.newPage();
    const html = readFileSync(path.join(ROOT, 'platforms', platform, 'fixture.html'), 'utf8').replace(/<script src="\/__replay\/replay.js"><\/script>/, '');
    await page.route('https://bench.invalid/**', (route) => route.fulfill({ contentType: 'text/html', body: html }));
    await page.goto('https://bench.invalid/call');
    await page.addScriptTag({ content: bundle });
    const weights = JSON.parse(readFileSync(path.join(ROOT, 'seeds/model/classifier.json'), 'utf8'));
    return await page.evaluate(
      ({ platform, script, weights, speed }) =>
        (window as unknown as { runCaptureBench: (...args: unknown[]) => Promise<CaptureBenchResult> }).runCaptureBench(platform, script, weights, speed),
      { platform, script, weights, speed: SPEED },
    );
  } finally {
    await browser.close();
  }
}

function contentScriptSize(): void {
  const file = path.join(ROOT, '.output/chrome-mv3/content-scripts/content.js');
  if (!existsSync(file)) {
    console.log('content script: not built (run `npm run build:chrome` first)');
    return;
  }
  const code = readFileSync(file);
  const gzip = gzipSync(code, { level: 9 }).length;
  const hasWebLlm = /MLCEngine|@mlc-ai|tvmjs/.test(code.toString('utf8'));
  console.log(`content script bundle: ${(code.length / 1024).toFixed(1)} kB raw, ${(gzip / 1024).toFixed(1)} kB gzip (target < 150 kB) — web-llm inside: ${hasWebLlm ? 'YES (must not be)' : 'no'}`);
}

export async function run(): Promise<void> {
  const script = hourLongCall();
  const bundle = await pageBundle();
  console.log(`replayed call: ${script.lines.length} lines over ${(script.lines.at(-1)!.atSec / 60).toFixed(0)} minutes, played at ${SPEED}× with ~300 ms rewrites`);
  for (const platform of PLATFORMS) {
    const result = await benchPlatform(platform, bundle, script);
    const sorted = [...result.callbackMs].sort((a, b) => a - b);
    const seconds = result.wallMs / 1000;
    console.log(
      `${platform.padEnd(5)} per mutation batch: median ${ms(percentile(sorted, 0.5))}, p95 ${ms(percentile(sorted, 0.95))}, p99 ${ms(percentile(sorted, 0.99))}, max ${ms(sorted.at(-1) ?? NaN)} over ${sorted.length} batches;` +
        ` ${result.storedLines}/${script.lines.length} lines, ${(result.storedLines / seconds).toFixed(1)} lines/s and ${(result.revisions / seconds).toFixed(0)} revisions/s sustained`,
    );
  }
  contentScriptSize();
}
