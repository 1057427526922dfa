import { describe, expect, it, vi } from 'vitest';
import { capturedLine, freshDatabase } from '../../store/test-support';
import { createCaptureServer, type CapturePort } from './capture-server';

function fakePort(sender: CapturePort['sender']) {
  const replies: unknown[] = [];
  const messageListeners: Array<(message: unknown) => void> = [];
  const disconnectListeners: Array<() => void> = [];
  let disconnected = false;
  const port: CapturePort = {
    name: 'capture',
    sender,
    postMessage: (message) => replies.push(message),
    onMessage: { addListener: (listener) => messageListeners.push(listener) },
    onDisconnect: { addListener: (listener) => disconnectListeners.push(listener) },
    disconnect: () => (disconnected = true),
  };
  return {
    port,
    replies,
    send: (message: unknown) => messageListeners.forEach((listener) => listener(message)),
    drop: () => disconnectListeners.forEach((listener) => listener()),
    isDisconnected: () => disconnected,
  };
}

const meetSender = { id: 'ext-id', url: 'https://meet.google.com/abc-defg-hij', tab: { id: 7 } };
const started = { seq: 0, type: 'call-started', callId: 'c1', platform: 'meet', title: 'Acme', repName: 'Alex', startedAt: 1 };
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

function serverWith(db = freshDatabase()) {
  const ended: string[] = [];
  const abandoned: string[] = [];
  const server = createCaptureServer({
    db: () => db,
    extensionId: 'ext-id',
    isMeetingUrl: (url) => url.startsWith('https://meet.google.com/'),
    now: () => 42,
    onCallEnded: async (callId) => void ended.push(callId),
    onCallAbandoned: async (callId) => void abandoned.push(callId),
  });
  return { db, server, ended, abandoned };
}

describe('capture server', () => {
  it('stores messages in order and acknowledges each after it is stored', async () => {
    const { db, server } = serverWith();
    const client = fakePort(meetSender);
    server.accept(client.port);
    client.send(started);
    client.send({ seq: 1, type: 'utterances', callId: 'c1', items: [capturedLine('a')] });
    await vi.waitFor(() => expect(client.replies).toHaveLength(2));
    expect(client.replies).toEqual([
      { type: 'ack', seq: 0 },
      { type: 'ack', seq: 1 },
    ]);
    expect(await db.utterances.count()).toBe(1);
    expect(server.isCapturing('c1')).toBe(true);
  });

  it('refuses ports from other extensions, from pages that are not meetings, or without a tab', () => {
    const { server } = serverWith();
    for (const sender of [
      { ...meetSender, id: 'someone-else' },
      { ...meetSender, url: 'https://evil.example/meet.google.com' },
      { id: 'ext-id', url: 'https://meet.google.com/x' },
    ]) {
      const client = fakePort(sender);
      server.accept(client.port);
      expect(client.isDisconnected()).toBe(true);
    }
  });

  it('drops malformed messages without storing or answering them', async () => {
    const { db, server } = serverWith();
    const client = fakePort(meetSender);
    server.accept(client.port);
    client.send({ seq: 0, type: 'call-started', callId: 'c1' });
    client.send('<script>alert(1)</script>');
    client.send({ ...started, seq: -1 });
    await settle();
    expect(client.replies).toEqual([]);
    expect(await db.calls.count()).toBe(0);
  });

  it('answers a failed write with store-failed so the content script keeps the data', async () => {
    const { server } = serverWith();
    const client = fakePort(meetSender);
    server.accept(client.port);
    client.send({ seq: 3, type: 'utterances', callId: 'never-started', items: [capturedLine('a')] });
    await vi.waitFor(() => expect(client.replies).toHaveLength(1));
    expect(client.replies).toEqual([expect.objectContaining({ type: 'store-failed', seq: 3 })]);
  });

  it('finishes a call that ends cleanly, and treats a call whose port vanishes as abandoned', async () => {
    const { server, ended, abandoned } = serverWith();
    const clean = fakePort(meetSender);
    server.accept(clean.port);
    clean.send(started);
    clean.send({ seq: 1, type: 'call-ended', callId: 'c1', endedAt: 9, reason: 'left' });
    const crashed = fakePort({ ...meetSender, tab: { id: 8 } });
    server.accept(crashed.port);
    crashed.send({ ...started, callId: 'c2' });
    await vi.waitFor(() => expect(crashed.replies).toHaveLength(1));
    await vi.waitFor(() => expect(ended).toEqual(['c1']));
    crashed.drop();
    clean.drop();
    await vi.waitFor(() => expect(abandoned).toEqual(['c2']));
    expect(ended).toEqual(['c1']);
    expect(abandoned).toEqual(['c2']);
    expect(server.isCapturing('c2')).toBe(false);
  });

  it('still closes the call when its tab went away while a write was in flight (replies to a gone port are dropped)', async () => {
    const { db, server, abandoned } = serverWith();
    const client = fakePort(meetSender);
    server.accept(client.port);
    client.send(started);
    await vi.waitFor(() => expect(client.replies).toHaveLength(1));
    client.port.postMessage = () => {
      throw new Error('Attempting to use a disconnected port object');
    };
    client.send({ seq: 1, type: 'utterances', callId: 'c1', items: [capturedLine('a')] });
    client.drop();
    await vi.waitFor(() => expect(abandoned).toEqual(['c1']));
    expect(await db.utterances.count()).toBe(1);
  });
});
