import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaptureMessage } from '../../lib/messages';
import { capturedLine } from '../../store/test-support';
import { createCaptureOutbox, type OutboxPort } from './capture-outbox';

/** A port to a pretend background: records what arrives and answers as told. */
function fakeBackground() {
  const received: CaptureMessage[] = [];
  const ports: Array<{ reply(message: unknown): void; drop(): void; open: boolean }> = [];
  let mode: 'ack' | 'fail' | 'silent' = 'ack';
  const connect = (): OutboxPort => {
    const messageListeners: Array<(m: unknown) => void> = [];
    const disconnectListeners: Array<() => void> = [];
    const handle = {
      open: true,
      reply: (message: unknown) => messageListeners.forEach((listener) => listener(message)),
      drop: () => {
        handle.open = false;
        disconnectListeners.forEach((listener) => listener());
      },
    };
    ports.push(handle);
    return {
      postMessage(message) {
        if (!handle.open) return;
        const typed = message as CaptureMessage;
        received.push(typed);
        if (mode === 'ack') queueMicrotask(() => handle.reply({ type: 'ack', seq: typed.seq }));
        if (mode === 'fail') queueMicrotask(() => handle.reply({ type: 'store-failed', seq: typed.seq, message: 'QuotaExceededError' }));
      },
      onMessage: { addListener: (listener) => messageListeners.push(listener) },
      onDisconnect: { addListener: (listener) => disconnectListeners.push(listener) },
      disconnect: () => (handle.open = false),
    };
  };
  return { received, ports, connect, setMode: (next: typeof mode) => (mode = next) };
}

const started = { type: 'call-started', callId: 'c1', platform: 'meet', title: 'Acme', repName: 'Alex', startedAt: 1 } as const;
const storedTexts = (received: CaptureMessage[]) =>
  received.flatMap((message) => (message.type === 'utterances' ? message.items.map((item) => `${item.id}:${item.text}`) : []));

describe('capture outbox', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('coalesces revisions of a line and sends them within the flush interval', async () => {
    const background = fakeBackground();
    const outbox = createCaptureOutbox({ connect: background.connect, onProblem: () => {}, flushEveryMs: 500 });
    outbox.send(started);
    outbox.putUtterance('c1', capturedLine('a', { text: 'hel', revision: 1 }));
    outbox.putUtterance('c1', capturedLine('a', { text: 'hello', revision: 2 }));
    expect(storedTexts(background.received)).toEqual([]);
    await vi.advanceTimersByTimeAsync(500);
    expect(background.received[0].type).toBe('call-started');
    expect(storedTexts(background.received)).toEqual(['a:hello']);
    expect(outbox.pendingCount()).toBe(0);
  });

  it('sends a call’s queued lines before its end', async () => {
    const background = fakeBackground();
    const outbox = createCaptureOutbox({ connect: background.connect, onProblem: () => {} });
    outbox.send(started);
    outbox.putUtterance('c1', capturedLine('a'));
    outbox.send({ type: 'call-ended', callId: 'c1', endedAt: 5, reason: 'left' });
    expect(background.received.map((message) => message.type)).toEqual(['call-started', 'utterances', 'call-ended']);
  });

  it('resends everything unacknowledged after the background goes away, and loses nothing', async () => {
    const background = fakeBackground();
    const outbox = createCaptureOutbox({ connect: background.connect, onProblem: () => {}, retryMs: 100 });
    background.setMode('silent');
    outbox.send(started);
    outbox.putUtterance('c1', capturedLine('a'));
    outbox.flush();
    expect(outbox.pendingCount()).toBe(2);
    background.ports[0].drop();
    background.setMode('ack');
    outbox.putUtterance('c1', capturedLine('b'));
    await vi.advanceTimersByTimeAsync(600);
    expect(background.ports).toHaveLength(2);
    const afterReconnect = background.received.slice(2);
    expect(afterReconnect[0].type).toBe('call-started');
    expect(storedTexts(afterReconnect).sort()).toEqual(['a:line a', 'b:line b']);
    expect(outbox.pendingCount()).toBe(0);
  });

  it('keeps lines in memory while storage fails, tells the rep, and clears the problem once saved', async () => {
    const background = fakeBackground();
    const problems: Array<string | null> = [];
    const outbox = createCaptureOutbox({ connect: background.connect, onProblem: (problem) => problems.push(problem), retryMs: 100 });
    background.setMode('fail');
    outbox.send(started);
    outbox.putUtterance('c1', capturedLine('a', { text: 'first', revision: 1 }));
    outbox.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/Could not save.*QuotaExceededError/);
    outbox.putUtterance('c1', capturedLine('a', { text: 'first words', revision: 2 }));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(outbox.pendingCount()).toBeGreaterThan(0);
    background.setMode('ack');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(outbox.pendingCount()).toBe(0);
    expect(problems.at(-1)).toBeNull();
    expect(storedTexts(background.received).at(-1)).toBe('a:first words');
  });
});
