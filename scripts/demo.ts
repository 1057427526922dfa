// npm run demo [-- --headless] [--speed N] [--platform meet|teams|zoom] [--out DIR]
// Opens Chromium with the built extension on a replayed discovery call (the bundled demo call, played into the
// platform's caption DOM at the meeting's real URL, routed to a local fixture page — nothing goes to the network).
// With a display you watch the overlay coach the call, then the popup's debrief and the options page open in tabs.
// With --headless (or without a display) it writes screenshots to a folder instead.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { PLATFORMS, type Platform } from '../lib/types';
import { isPlatform } from '../platforms/registry';
import { CHROME_EXTENSION_DIR, ROOT, launchWithExtension } from './browser/browser';
import { openExtensionPage } from './browser/extension-pages';
import { MEETING_URLS, routeMeetingSites } from './browser/meeting-sites';
import { finishCall, loadCallScript, startCall } from './browser/replay';
import { saveSettings, waitForStored } from './browser/stored-data';
import { argValue } from './train';

function fail(message: string): never {
  console.error(`demo: ${message}`);
  process.exit(1);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const headless = args.includes('--headless') || (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
  const speed = Number(argValue(args, '--speed') ?? (headless ? 30 : 10));
  const platform = (argValue(args, '--platform') ?? 'meet') as Platform;
  const outDir = path.resolve(argValue(args, '--out') ?? path.join(ROOT, 'artifacts/demo'));
  if (!isPlatform(platform)) fail(`--platform must be one of ${PLATFORMS.join(', ')}, not "${platform}"`);
  if (!Number.isFinite(speed) || speed <= 0) fail('--speed must be a positive number (10 plays ten call seconds per second)');
  if (!existsSync(path.join(CHROME_EXTENSION_DIR, 'manifest.json'))) fail('the extension is not built: run `npm run build:chrome` (npm run demo does it for you)');
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) fail(`no Chromium at ${chromium}: install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH`);
  if (headless) process.env.HEADED = '';
  else process.env.HEADED = '1';

  const script = loadCallScript('demo-discovery');
  const minutes = (script.lines.at(-1)!.atSec / 60).toFixed(0);
  console.log(`Discovery Coach demo: "${script.title}" (${minutes} min) on ${platform}, played at ${speed}× — about ${((script.lines.at(-1)!.atSec / speed) / 60).toFixed(1)} min.`);
  const context = await launchWithExtension({ viewport: { width: 1280, height: 800 } });
  try {
    await routeMeetingSites(context);
    await saveSettings(context, { repNames: [script.repName] });
    const page = await context.newPage();
    await page.goto(MEETING_URLS[platform]);
    await startCall(page, platform, script, { speed, recreateContainerEverySec: platform === 'meet' ? 300 : undefined });
    if (headless) mkdirSync(outDir, { recursive: true });
    const shots = headless ? 6 : 0;
    const callMs = ((script.lines.at(-1)!.atSec + 5) * 1000) / speed;
    for (let shot = 1; shot <= shots; shot++) {
      await page.waitForTimeout(callMs / (shots + 1));
      await page.screenshot({ path: path.join(outDir, `call-${shot}.png`) });
    }
    await finishCall(page);
    await waitForStored(context, (data) => data.reports.length > 0, 30_000);
    const popup = await openExtensionPage(context, 'popup.html');
    await popup.getByTestId('debrief').waitFor();
    const options = await openExtensionPage(context, 'options.html#/calls');
    if (headless) {
      await popup.screenshot({ path: path.join(outDir, 'popup-debrief.png'), fullPage: true });
      await options.getByTestId('call-list').waitFor();
      await options.screenshot({ path: path.join(outDir, 'options-calls.png'), fullPage: true });
      console.log(`Screenshots of the call, the debrief and the call list are in ${path.relative(process.cwd(), outDir) || '.'}/`);
    } else {
      console.log('The call is over: the popup (with its debrief) and the options page are open in tabs. Close the browser to end the demo.');
      await new Promise<void>((resolve) => context.on('close', () => resolve()));
    }
  } finally {
    await context.close().catch(() => {});
  }
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
