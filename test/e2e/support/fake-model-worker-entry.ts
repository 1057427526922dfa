// Bundled by fake-model-worker.ts and run in the extension's offscreen document before its own code (DevTools
// protocol, test only): `Worker` becomes a stand-in that speaks web-llm's worker protocol (the messages
// WebWorkerMLCEngine sends: reload, chatCompletionNonStreaming, embedding, unload, ...) and answers them with
// FakeWebLlmEngine, so the extension's real CreateWebWorkerMLCEngine path drives an engine with no GPU and no
// download behind it.
import { FakeWebLlmEngine } from '../../fakes/web-llm-engine';

interface WorkerRequest {
  kind: string;
  uuid: string;
  content: any;
}

(() => {
  if (location.protocol !== 'chrome-extension:' || location.pathname !== '/offscreen.html') return;
  const engines: FakeWebLlmEngine[] = [];

  class FakeModelWorker {
    onmessage: ((event: MessageEvent) => void) | null = null;
    onerror: ((event: unknown) => void) | null = null;
    private readonly engine = new FakeWebLlmEngine();

    constructor(_url: string | URL, _options?: unknown) {
      engines.push(this.engine);
    }

    private reply(data: unknown) {
      // A real MessageEvent: web-llm reads `event.data` only from one.
    this.onmessage?.(new MessageEvent('message', { data }));
    }

    private async answer(request: WorkerRequest): Promise<unknown> {
      const { engine } = this;
      switch (request.kind) {
        case 'reload':
          engine.setInitProgressCallback((report) => this.reply({ kind: 'initProgressCallback', uuid: request.uuid, content: report }));
          return engine.reload(request.content.modelId, request.content.chatOpts);
        case 'chatCompletionNonStreaming':
          return engine.chatCompletion({ ...request.content.request, stream: false });
        case 'embedding':
          return engine.embedding(request.content.request);
        case 'unload':
          return engine.unload();
        case 'resetChat':
          return engine.resetChat();
        case 'getGPUVendor':
          return engine.getGPUVendor();
        case 'getMaxStorageBufferBindingSize':
          return engine.getMaxStorageBufferBindingSize();
        default:
          throw new Error(`the fake model worker does not answer ${request.kind}`);
      }
    }

    postMessage(request: WorkerRequest) {
      // Fire-and-forget settings: web-llm expects no answer to them.
      if (request.kind === 'setAppConfig' || request.kind === 'setLogLevel') return;
      this.answer(request).then(
        (content) => this.reply({ kind: 'return', uuid: request.uuid, content: content ?? null }),
        (error: unknown) => this.reply({ kind: 'throw', uuid: request.uuid, content: String(error) }),
      );
    }

    terminate() {}
    addEventListener() {}
    removeEventListener() {}
  }

  Object.defineProperty(globalThis, 'Worker', { configurable: true, writable: true, value: FakeModelWorker });
  (globalThis as { __discoveryCoachFakeEngines?: FakeWebLlmEngine[] }).__discoveryCoachFakeEngines = engines;
})();
