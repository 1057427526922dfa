// Drives the built extension in Chromium the way the options page does: runtime messages to the background,
// which runs the model in its offscreen home. WebGPU needs a GPU-backed browser; the flags below are the usual
// ones for Linux with Vulkan, and more can be passed on the command line.
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

export const WEBGPU_FLAGS = ['--enable-unsafe-webgpu', '--enable-features=Vulkan', '--use-angle=vulkan', '--ignore-gpu-blocklist'];

export interface DriverOptions {
  extensionDir: string;
  /** Kept between runs so downloaded weights stay in the browser's cache. */
  profileDir: string;
  chromiumPath?: string;
  headed: boolean;
  extraFlags: string[];
}

export interface ExtensionDriver {
  ask(body: Record<string, unknown>): Promise<any>;
  /** Sends `body` and measures the round trip inside the page. */
  timedAsk(body: Record<string, unknown>): Promise<{ reply: any; roundTripMs: number }>;
  close(): Promise<void>;
}

type PageGlobal = typeof globalThis & { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } };

export async function openExtension(options: DriverOptions): Promise<ExtensionDriver> {
  mkdirSync(options.profileDir, { recursive: true });
  const context: BrowserContext = await chromium.launchPersistentContext(options.profileDir, {
    executablePath: options.chromiumPath,
    headless: !options.headed,
    args: [
      `--disable-extensions-except=${options.extensionDir}`,
      `--load-extension=${options.extensionDir}`,
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      ...WEBGPU_FLAGS,
      ...options.extraFlags,
    ],
  });
  const worker = context.serviceWorkers().find((candidate) => candidate.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker'));
  const page: Page = await context.newPage();
  await page.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
  const send = (body: Record<string, unknown>) =>
    page.evaluate(async (message) => {
      const startedAt = performance.now();
      const reply = await (globalThis as PageGlobal).chrome.runtime.sendMessage(message);
      return { reply, roundTripMs: performance.now() - startedAt };
    }, { channel: 'model-tier', ...body });
  return {
    ask: async (body) => (await send(body)).reply,
    timedAsk: send,
    close: () => context.close(),
  };
}

/** Polls status until the model is loaded; throws the tier's plain message when loading fails. */
export async function waitUntilLoaded(driver: ExtensionDriver, modelId: string, timeoutMs: number, onProgress: (text: string) => void): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastText = '';
  while (Date.now() < deadline) {
    const { status } = await driver.ask({ type: 'status' });
    if (status.loaded.includes(modelId)) return;
    if (status.error?.modelId === modelId) throw new Error(`${status.error.kind}: ${status.error.message}`);
    const text = status.loading ? `${Math.round(status.loading.fraction * 100)}% ${status.loading.text}` : '';
    if (text && text !== lastText) onProgress((lastText = text));
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${modelId} did not load within ${Math.round(timeoutMs / 1000)} s`);
}
