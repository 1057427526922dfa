// Records every network request the extension itself makes — from its service worker, its pages (popup, options,
// offscreen document) and their workers — through the DevTools protocol, so the browser's own housekeeping traffic
// is not confused with the extension's. (Content scripts fetch as their meeting page; those requests hit the test's
// routes and are recorded there as "unrouted".)
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const DEBUGGING_PORT_ARG = '--remote-debugging-port=0';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

export interface ExtensionNetworkRecorder {
  /** URLs the extension requested that were not its own files (chrome-extension:, data:, blob:). */
  requests: string[];
  /** The extension's targets watched so far, e.g. "service_worker chrome-extension://…/background.js". */
  watched: string[];
  stop(): void;
}

function browserWebSocketUrl(userDataDir: string): string {
  const [port, browserPath] = readFileSync(path.join(userDataDir, 'DevToolsActivePort'), 'utf8').trim().split('\n');
  return `ws://127.0.0.1:${port}${browserPath}`;
}

const isOwnResource = (url: string) => /^(chrome-extension|data|blob):/.test(url);

/** Starts watching; the browser must have been launched with DEBUGGING_PORT_ARG and this user-data-dir. */
export async function recordExtensionNetwork(userDataDir: string, extensionId: string): Promise<ExtensionNetworkRecorder> {
  const socket = new WebSocket(browserWebSocketUrl(userDataDir));
  await new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => resolve(), { once: true });
    socket.addEventListener('error', () => reject(new Error('cannot reach the browser over the DevTools protocol')), { once: true });
  });
  const requests: string[] = [];
  const watched: string[] = [];
  let nextId = 1;
  const send = (method: string, params: object = {}, sessionId?: string) => socket.send(JSON.stringify({ id: nextId++, method, params, sessionId }));
  const isExtensionTarget = (info: TargetInfo) => info.url.startsWith(`chrome-extension://${extensionId}/`);
  /** Sessions the browser attached us to (pages start as about:blank and become the extension's later). */
  const sessionByTarget = new Map<string, string>();
  const watchedTargets = new Set<string>();
  /** attachToTarget requests in flight: their reply carries the new session. */
  const attaching = new Map<number, TargetInfo>();
  const watch = (info: TargetInfo, session: string) => {
    if (watchedTargets.has(info.targetId)) return;
    watchedTargets.add(info.targetId);
    watched.push(`${info.type} ${info.url}`);
    send('Network.enable', {}, session);
    // Workers started by an extension page (the model's dedicated worker) are attached through their parent.
    send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: true }, session);
  };
  const watchIfOurs = (info: TargetInfo) => {
    if (!isExtensionTarget(info) || watchedTargets.has(info.targetId)) return;
    const session = sessionByTarget.get(info.targetId);
    if (session) return watch(info, session);
    if ([...attaching.values()].some((pending) => pending.targetId === info.targetId)) return;
    attaching.set(nextId, info);
    send('Target.attachToTarget', { targetId: info.targetId, flatten: true });
  };

  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data)) as { id?: number; result?: { sessionId?: string }; method?: string; params?: Record<string, any>; sessionId?: string };
    const requested = message.id !== undefined ? attaching.get(message.id) : undefined;
    if (requested && message.result?.sessionId) {
      sessionByTarget.set(requested.targetId, message.result.sessionId);
      watch(requested, message.result.sessionId);
    }
    if (message.method === 'Target.targetCreated' || message.method === 'Target.targetInfoChanged') watchIfOurs(message.params!.targetInfo as TargetInfo);
    if (message.method === 'Target.attachedToTarget') {
      const info = message.params!.targetInfo as TargetInfo;
      const session = message.params!.sessionId as string;
      sessionByTarget.set(info.targetId, session);
      // Ours, or a worker of a target we watch (it arrives through its parent's session).
      if (isExtensionTarget(info) || message.sessionId !== undefined) watch(info, session);
      send('Runtime.runIfWaitingForDebugger', {}, session);
    }
    if (message.method === 'Network.requestWillBeSent') {
      const url = message.params!.request.url as string;
      if (!isOwnResource(url)) requests.push(url);
    }
  });
  send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: true });
  send('Target.setDiscoverTargets', { discover: true });
  return { requests, watched, stop: () => socket.close() };
}
