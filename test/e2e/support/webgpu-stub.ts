// A stand-in WebGPU adapter for the model tier's offscreen document, injected from the test over the DevTools
// protocol (nothing of it is in the build). Headless Chromium on a machine without a usable GPU (or SwiftShader's
// Vulkan) has no adapter, and then "Download and enable" stays disabled and no download is ever attempted. With
// this stub the offscreen document's GPU check passes, so enabling a model really starts web-llm's download in
// the model worker — which fetches the model's config before it touches the GPU — and the privacy test sees the
// requests that a rep's browser would make.
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Runs in every new document; only the extension's offscreen document (offscreen.html) gets the stub. */
const STUB_SOURCE = `(() => {
  if (location.protocol !== 'chrome-extension:' || location.pathname !== '/offscreen.html') return;
  const adapter = { features: new Set(['shader-f16']), info: { vendor: 'test', description: 'Test stub adapter (no GPU)' } };
  Object.defineProperty(Navigator.prototype, 'gpu', { configurable: true, get: () => ({ requestAdapter: async () => adapter }) });
  globalThis.__discoveryCoachWebGpuStub = true;
})();`;

export interface WebGpuStub {
  /** Documents the stub script was registered in (every page-like target created since start). */
  registered: number;
  stop(): void;
}

function browserWebSocketUrl(userDataDir: string): string {
  const [port, browserPath] = readFileSync(path.join(userDataDir, 'DevToolsActivePort'), 'utf8').trim().split('\n');
  return `ws://127.0.0.1:${port}${browserPath}`;
}

/**
 * Pauses every target created from now on until the stub script is registered in it (targets that are not
 * documents just resume). Start it before anything creates the offscreen document; the browser must have been
 * launched with --remote-debugging-port and this user-data-dir.
 */
export async function stubWebGpuInOffscreenDocument(userDataDir: string, options: { alsoInject?: string } = {}): Promise<WebGpuStub> {
  // More test-only code for the offscreen document (e.g. fake-model-worker.ts); it checks the page itself.
  const sources = options.alsoInject ? [STUB_SOURCE, options.alsoInject] : [STUB_SOURCE];
  const socket = new WebSocket(browserWebSocketUrl(userDataDir));
  await new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => resolve(), { once: true });
    socket.addEventListener('error', () => reject(new Error('cannot reach the browser over the DevTools protocol')), { once: true });
  });
  let nextId = 1;
  const pending = new Map<number, () => void>();
  const send = (method: string, params: object = {}, sessionId?: string) =>
    new Promise<void>((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      socket.send(JSON.stringify({ id, method, params, sessionId }));
    });
  const stub: WebGpuStub = { registered: 0, stop: () => socket.close() };
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data)) as { id?: number; method?: string; params?: Record<string, any>; error?: unknown };
    if (message.id !== undefined) {
      pending.get(message.id)?.();
      pending.delete(message.id);
    }
    if (message.method !== 'Target.attachedToTarget') return;
    const session = message.params!.sessionId as string;
    const type = message.params!.targetInfo.type as string;
    void (async () => {
      if (type !== 'service_worker' && type !== 'shared_worker' && type !== 'worker' && type !== 'browser') {
        // Answered with an error by targets without the Page domain; then there is nothing to stub anyway.
        await send('Page.enable', {}, session);
        for (const source of sources) await send('Page.addScriptToEvaluateOnNewDocument', { source }, session);
        stub.registered++;
      }
      await send('Runtime.runIfWaitingForDebugger', {}, session);
    })();
  });
  await send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true });
  return stub;
}
