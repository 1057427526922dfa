// A dedicated worker that runs one web-llm engine for the offscreen document, so tokenizing, grammar matching
// and GPU submission stay off the document's thread, and terminating the worker frees everything the model held.
import { WebWorkerMLCEngineHandler } from '@mlc-ai/web-llm';

const handler = new WebWorkerMLCEngineHandler();
self.onmessage = (event: MessageEvent) => handler.onmessage(event);
