// Delivers what the content script captures to the background, so that nothing is lost when the service worker
// restarts or storage fails. Lines are coalesced by id and sent at least every `flushEveryMs` (the most a crash can
// lose); every message stays in memory until the background acknowledges that it was stored, and whatever was not
// acknowledged is sent again after a reconnect or a storage failure, in an order that keeps a call's lines ahead
// of its end.
import { MAX_BATCH, captureReplySchema, type CaptureMessage, type CapturedUtterance } from '../../lib/messages';

type Outgoing = CaptureMessage extends infer M ? (M extends { seq: number } ? Omit<M, 'seq'> : never) : never;
type UtteranceBatch = Extract<Outgoing, { type: 'utterances' }>;
type ControlMessage = Exclude<Outgoing, UtteranceBatch>;

export interface OutboxPort {
  postMessage(message: unknown): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
  disconnect(): void;
}

export interface OutboxOptions {
  connect(): OutboxPort;
  /** A plain-words problem for the rep while storage fails, null once it works again. */
  onProblem(problem: string | null): void;
  flushEveryMs?: number;
  /** First delay before a reconnect or a retry after a storage failure; doubles up to `maxRetryMs`. */
  retryMs?: number;
  maxRetryMs?: number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export interface CaptureOutbox {
  send(message: ControlMessage): void;
  /** Queues a line; a newer revision of the same line replaces an unsent older one. */
  putUtterance(callId: string, utterance: CapturedUtterance): void;
  /** Sends everything queued now (page hiding, call end). */
  flush(): void;
  /** Messages and lines not yet acknowledged as stored. */
  pendingCount(): number;
  close(): void;
}

const lineKey = (callId: string, id: string) => `${callId}\u0000${id}`;

export function createCaptureOutbox(options: OutboxOptions): CaptureOutbox {
  const flushEveryMs = options.flushEveryMs ?? 500;
  const firstRetryMs = options.retryMs ?? 250;
  const maxRetryMs = options.maxRetryMs ?? 5_000;
  const setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
  const clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));

  let control: ControlMessage[] = [];
  const pendingLines = new Map<string, { callId: string; utterance: CapturedUtterance }>();
  const inflight = new Map<number, Outgoing>();
  let nextSeq = 0;
  let port: OutboxPort | null = null;
  let flushTimer: unknown = null;
  let retryTimer: unknown = null;
  let retryMs = firstRetryMs;
  let failing = false;
  let problemShown = false;
  let closed = false;

  const mergeLine = (callId: string, utterance: CapturedUtterance) => {
    const key = lineKey(callId, utterance.id);
    const queued = pendingLines.get(key);
    if (!queued || queued.utterance.revision <= utterance.revision) pendingLines.set(key, { callId, utterance });
  };

  /** Everything in flight goes back to be sent again, ahead of what was queued after it. */
  const requeueInflight = () => {
    const returning = [...inflight.entries()].sort(([a], [b]) => a - b).map(([, message]) => message);
    inflight.clear();
    const returningControl: ControlMessage[] = [];
    for (const message of returning) {
      if (message.type === 'utterances') message.items.forEach((item) => mergeLine(message.callId, item));
      else returningControl.push(message);
    }
    control = [...returningControl, ...control];
  };

  const takeLines = (callId?: string): UtteranceBatch[] => {
    const byCall = new Map<string, CapturedUtterance[]>();
    for (const [key, { callId: lineCallId, utterance }] of pendingLines) {
      if (callId !== undefined && lineCallId !== callId) continue;
      pendingLines.delete(key);
      const items = byCall.get(lineCallId) ?? [];
      items.push(utterance);
      byCall.set(lineCallId, items);
    }
    const batches: UtteranceBatch[] = [];
    for (const [batchCallId, items] of byCall) {
      for (let start = 0; start < items.length; start += MAX_BATCH) {
        batches.push({ type: 'utterances', callId: batchCallId, items: items.slice(start, start + MAX_BATCH) });
      }
    }
    return batches;
  };

  const post = (message: Outgoing) => {
    const seq = nextSeq++;
    inflight.set(seq, message);
    port?.postMessage({ ...message, seq });
  };

  const scheduleRetry = (action: () => void) => {
    if (retryTimer !== null || closed) return;
    retryTimer = setTimer(() => {
      retryTimer = null;
      action();
    }, retryMs);
    retryMs = Math.min(retryMs * 2, maxRetryMs);
  };

  const flush = () => {
    if (flushTimer !== null) {
      clearTimer(flushTimer);
      flushTimer = null;
    }
    if (closed || failing) return;
    if (!port) connect();
    if (!port) return;
    const queued = control;
    control = [];
    for (const message of queued) {
      // A call's lines must be stored before its end, which writes the report from them.
      if (message.type === 'call-ended') takeLines(message.callId).forEach(post);
      post(message);
    }
    takeLines().forEach(post);
  };

  const scheduleFlush = () => {
    if (flushTimer === null && !closed) flushTimer = setTimer(flush, flushEveryMs);
  };

  const onReply = (raw: unknown) => {
    const reply = captureReplySchema.safeParse(raw);
    if (!reply.success) return;
    if (reply.data.type === 'ack') {
      inflight.delete(reply.data.seq);
      retryMs = firstRetryMs;
      if (problemShown && !failing) {
        problemShown = false;
        options.onProblem(null);
      }
      return;
    }
    if (!inflight.has(reply.data.seq)) return;
    if (!problemShown) {
      problemShown = true;
      options.onProblem(`Could not save to this computer (${reply.data.message}). Coaching continues; the call is kept in memory and saved as soon as storage works again.`);
    }
    failing = true;
    requeueInflight();
    scheduleRetry(() => {
      failing = false;
      flush();
    });
  };

  function connect() {
    if (closed) return;
    try {
      const opened = options.connect();
      opened.onMessage.addListener(onReply);
      opened.onDisconnect.addListener(() => {
        if (port !== opened) return;
        port = null;
        requeueInflight();
        scheduleRetry(flush);
      });
      port = opened;
    } catch {
      port = null;
      scheduleRetry(flush);
    }
  }

  return {
    send(message) {
      // Only the newest live figures matter: an unsent older snapshot is replaced, not queued behind.
      if (message.type === 'analysis') control = control.filter((queued) => queued.type !== 'analysis' || queued.callId !== message.callId);
      control.push(message);
      flush();
    },
    putUtterance(callId, utterance) {
      mergeLine(callId, utterance);
      scheduleFlush();
    },
    flush,
    pendingCount: () => control.length + pendingLines.size + inflight.size,
    close() {
      closed = true;
      if (flushTimer !== null) clearTimer(flushTimer);
      if (retryTimer !== null) clearTimer(retryTimer);
      port?.disconnect();
      port = null;
    },
  };
}
