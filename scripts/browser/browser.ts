// scripts/browser/: drives the built extension in Chromium, for the demo (scripts/demo.ts) and the end-to-end tests (test/e2e).
// Launches Debian's Chromium with the built extension loaded, the way a rep's browser runs it. The meeting sites'
// real URLs are routed to the fixture pages under test/fixtures, so the manifest's match patterns apply as in
// production, and nothing reaches the network.
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const CHROME_EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');

/** Flags that keep Chromium from phoning home on this closed network; none of them change extension behaviour. */
const QUIET_FLAGS = [
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
];

export interface LaunchOptions {
  userDataDir?: string;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  extraArgs?: string[];
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<BrowserContext> {
  const userDataDir = options.userDataDir ?? mkdtempSync(path.join(tmpdir(), 'dc-profile-'));
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: process.env.HEADED ? false : true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 800 },
    args: [
      ...(options.extraArgs ?? []),
      `--disable-extensions-except=${CHROME_EXTENSION_DIR}`,
      `--load-extension=${CHROME_EXTENSION_DIR}`,
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      ...QUIET_FLAGS,
    ],
  });
}

/** The extension's service worker (waiting for it to start if needed). */
export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const existing = context.serviceWorkers().find((worker) => worker.url().startsWith('chrome-extension://'));
  return existing ?? (await context.waitForEvent('serviceworker', { predicate: (worker) => worker.url().startsWith('chrome-extension://') }));
}

export async function extensionId(context: BrowserContext): Promise<string> {
  return new URL((await extensionWorker(context)).url()).host;
}
