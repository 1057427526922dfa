// The capture path end to end in one process — the content script's outbox, a port, the background's capture
// server, Dexie on fake-indexeddb — with IndexedDB failing the ways it fails in a rep's browser: the disk full
// (QuotaExceededError at commit), a schema upgrade blocked by a connection that will not close, a transaction that
// fails half-way. Each time the rep is told in plain words, nothing is lost, and nothing stored is half-written.
import Dexie, { type DBCore, type DBCoreMutateRequest, type Middleware } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import type { CapturedUtterance } from '../../lib/messages';
import { CoachDatabase, SCHEMA_VERSIONS, declareSchema } from '../../store/database';
import { storedUtteranceSchema } from '../../store/record-schemas';
import { capturedLine } from '../../store/test-support';
import { createCaptureOutbox, type OutboxPort } from '@/capture/live/capture-outbox';
import { createCaptureServer, type CapturePort } from './capture-server';

const meetTab = { id: 'ext-id', url: 'https://meet.google.com/abc-defg-hij', tab: { id: 3 } };

/** A port pair like runtime.connect's: messages cross as JSON, asynchronously. */
function portPair(): { client: OutboxPort; server: CapturePort } {
  const toServer: Array<(message: unknown) => void> = [];
  const toClient: Array<(message: unknown) => void> = [];
  const deliver = (listeners: Array<(message: unknown) => void>, message: unknown) => {
    const copy = JSON.parse(JSON.stringify(message));
    setTimeout(() => listeners.forEach((listener) => listener(copy)), 0);
  };
  return {
    client: {
      postMessage: (message) => deliver(toServer, message),
      onMessage: { addListener: (listener) => toClient.push(listener) },
      onDisconnect: { addListener: () => {} },
      disconnect: () => {},
    },
    server: {
      name: 'capture',
      sender: meetTab,
      postMessage: (message) => deliver(toClient, message),
      onMessage: { addListener: (listener) => toServer.push(listener) },
      onDisconnect: { addListener: () => {} },
      disconnect: () => {},
    },
  };
}

type Fault = ((table: string, request: DBCoreMutateRequest, index: number) => Error | null) | null;

/** A Dexie middleware that fails writes as told; `index` counts the writes within one transaction. */
function faultyWrites(): { middleware: Middleware<DBCore>; set(fault: Fault): void } {
  let fault: Fault = null;
  const writesPerTransaction = new WeakMap<object, number>();
  return {
    set: (next) => (fault = next),
    middleware: {
      stack: 'dbcore',
      name: 'faulty-writes',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return {
            ...table,
            mutate: (request) => {
              const index = writesPerTransaction.get(request.trans) ?? 0;
              writesPerTransaction.set(request.trans, index + 1);
              const error = fault?.(name, request, index) ?? null;
              return error ? Promise.reject(error) : table.mutate(request);
            },
          };
        },
      }),
    },
  };
}

function rig(db: CoachDatabase) {
  const problems: Array<string | null> = [];
  const pair = portPair();
  const server = createCaptureServer({
    db: () => db,
    extensionId: 'ext-id',
    isMeetingUrl: (url) => url.startsWith('https://meet.google.com/'),
    now: () => 1_000,
    onCallEnded: async () => {},
    onCallAbandoned: async () => {},
    stallMs: 200,
  });
  server.accept(pair.server);
  const outbox = createCaptureOutbox({ connect: () => pair.client, onProblem: (problem) => problems.push(problem), retryMs: 20, maxRetryMs: 100 });
  return { outbox, problems, shownProblem: () => problems.at(-1) ?? null };
}

const started = { type: 'call-started', callId: 'c1', platform: 'meet', title: 'Acme', repName: 'Alex', startedAt: 1 } as const;
const line = (n: number, overrides: Partial<CapturedUtterance> = {}) =>
  capturedLine(`u${n}`, { text: `line number ${n}`, startSec: n, endSec: n + 1, final: true, ...overrides });

async function expectConsistent(db: CoachDatabase, lines: number) {
  const call = await db.calls.get('c1');
  const stored = await db.utterances.where('callId').equals('c1').toArray();
  expect(stored).toHaveLength(lines);
  expect(call?.utteranceCount).toBe(lines);
  for (const { callId: _callId, ...record } of stored) expect(storedUtteranceSchema.safeParse(record).success).toBe(true);
}

describe('storage faults on the capture path', () => {
  it('a full disk: the rep reads that storage is full, lines wait in memory, and all are saved once there is room', async () => {
    const db = new CoachDatabase('quota', { indexedDB: new IDBFactory(), IDBKeyRange });
    const faults = faultyWrites();
    db.use(faults.middleware);
    const { outbox, shownProblem } = rig(db);
    outbox.send(started);
    outbox.putUtterance('c1', line(1));
    outbox.flush();
    await vi.waitFor(() => expect(outbox.pendingCount()).toBe(0));

    faults.set(() => new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    for (let n = 2; n <= 30; n++) outbox.putUtterance('c1', line(n));
    outbox.flush();
    await vi.waitFor(() => expect(shownProblem()).toMatch(/storage for this extension is full/));
    expect(shownProblem()).toMatch(/Coaching continues/);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(outbox.pendingCount()).toBeGreaterThan(0);
    await expectConsistent(db, 1);

    faults.set(null);
    await vi.waitFor(() => expect(outbox.pendingCount()).toBe(0), { timeout: 3_000 });
    expect(shownProblem()).toBeNull();
    await expectConsistent(db, 30);
  });

  it('an upgrade blocked by an old connection: the rep is told storage is not answering, and everything lands once it opens', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('blocked', { indexedDB, IDBKeyRange });
    declareSchema(old, SCHEMA_VERSIONS.slice(0, 1));
    old.on('versionchange', () => false); // an old page that ignores the request to close
    await old.open();
    const db = new CoachDatabase('blocked', { indexedDB, IDBKeyRange });
    const { outbox, shownProblem } = rig(db);
    outbox.send(started);
    for (let n = 1; n <= 10; n++) outbox.putUtterance('c1', line(n));
    outbox.flush();

    await vi.waitFor(() => expect(shownProblem()).toMatch(/did not answer/), { timeout: 2_000 });
    expect(outbox.pendingCount()).toBeGreaterThan(0);
    old.close();
    await vi.waitFor(() => expect(outbox.pendingCount()).toBe(0), { timeout: 3_000 });
    expect(shownProblem()).toBeNull();
    await expectConsistent(db, 10);
  });

  it('a transaction that fails half-way leaves nothing half-written, and the retry stores it whole', async () => {
    const db = new CoachDatabase('half-way', { indexedDB: new IDBFactory(), IDBKeyRange });
    const faults = faultyWrites();
    db.use(faults.middleware);
    const { outbox, shownProblem } = rig(db);
    outbox.send(started);
    for (let n = 1; n <= 5; n++) outbox.putUtterance('c1', line(n));
    outbox.flush();
    await vi.waitFor(() => expect(outbox.pendingCount()).toBe(0));

    // The lines are written, then the call's line count update fails: the whole transaction must roll back.
    let failures = 0;
    faults.set((table, _request, index) => {
      if (table !== 'calls' || index === 0 || failures >= 3) return null;
      failures++;
      return new DOMException('The transaction was aborted.', 'UnknownError');
    });
    const seen: number[] = [];
    const probe = setInterval(() => void db.utterances.count().then((count) => seen.push(count)), 5);
    for (let n = 6; n <= 12; n++) outbox.putUtterance('c1', line(n, { revision: 2 }));
    outbox.putUtterance('c1', line(3, { text: 'line number 3, corrected', revision: 2 }));
    outbox.flush();
    await vi.waitFor(() => expect(shownProblem()).toMatch(/Could not save/));
    await vi.waitFor(() => expect(outbox.pendingCount()).toBe(0), { timeout: 3_000 });
    clearInterval(probe);

    expect(failures).toBe(3);
    // While the writes failed, the store never showed the new lines without their count (no half-written state).
    expect(seen.every((count) => count === 5 || count === 12)).toBe(true);
    await expectConsistent(db, 12);
    expect((await db.utterances.get(['c1', 'u3']))?.text).toBe('line number 3, corrected');
    expect(shownProblem()).toBeNull();
  });
});
