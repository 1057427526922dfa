import { describe, expect, it } from 'vitest';
import { applyCaptureMessage, UnknownCallError } from './capture-writer';
import { capturedLine, freshDatabase } from './test-support';

const start = { seq: 0, type: 'call-started', callId: 'c1', platform: 'meet', title: 'Acme', repName: 'Alex', startedAt: 1000 } as const;

describe('applyCaptureMessage', () => {
  it('creates the call once, however often its start is resent', async () => {
    const db = freshDatabase();
    await applyCaptureMessage(db, start, 5);
    await applyCaptureMessage(db, { ...start, title: 'Changed' }, 6);
    const calls = await db.calls.toArray();
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ callId: 'c1', title: 'Acme', status: 'live', utteranceCount: 0, lastActivityAt: 5 });
  });

  it('stores utterances by id, keeps the newest revision and counts each line once', async () => {
    const db = freshDatabase();
    await applyCaptureMessage(db, start, 5);
    await applyCaptureMessage(db, { seq: 1, type: 'utterances', callId: 'c1', items: [capturedLine('a', { text: 'hel', revision: 1 }), capturedLine('b')] }, 6);
    await applyCaptureMessage(db, { seq: 2, type: 'utterances', callId: 'c1', items: [capturedLine('a', { text: 'hello there', revision: 3 })] }, 7);
    // A stale resend of an older revision must not win.
    await applyCaptureMessage(db, { seq: 1, type: 'utterances', callId: 'c1', items: [capturedLine('a', { text: 'hel', revision: 1 })] }, 8);
    const stored = await db.utterances.where('callId').equals('c1').sortBy('id');
    expect(stored.map((u) => [u.id, u.text])).toEqual([
      ['a', 'hello there'],
      ['b', 'line b'],
    ]);
    expect((await db.calls.get('c1'))?.utteranceCount).toBe(2);
  });

  it('keeps the newest revision when one batch holds several of the same line', async () => {
    const db = freshDatabase();
    await applyCaptureMessage(db, start, 5);
    await applyCaptureMessage(
      db,
      { seq: 1, type: 'utterances', callId: 'c1', items: [capturedLine('a', { text: 'two', revision: 2 }), capturedLine('a', { text: 'one', revision: 1 })] },
      6,
    );
    expect((await db.utterances.get(['c1', 'a']))?.text).toBe('two');
  });

  it('refuses lines for a call whose start it never saw, storing nothing', async () => {
    const db = freshDatabase();
    await expect(applyCaptureMessage(db, { seq: 1, type: 'utterances', callId: 'ghost', items: [capturedLine('a')] }, 6)).rejects.toBeInstanceOf(UnknownCallError);
    expect(await db.utterances.count()).toBe(0);
  });

  it('ends a live call once and records why', async () => {
    const db = freshDatabase();
    await applyCaptureMessage(db, start, 5);
    await applyCaptureMessage(db, { seq: 3, type: 'call-ended', callId: 'c1', endedAt: 9000, reason: 'left' }, 9);
    await applyCaptureMessage(db, { seq: 4, type: 'call-ended', callId: 'c1', endedAt: 9999, reason: 'unload' }, 10);
    expect(await db.calls.get('c1')).toMatchObject({ status: 'ended', endedAt: 9000, endReason: 'left' });
  });

  it('marks a call whose page went away as ended unexpectedly', async () => {
    const db = freshDatabase();
    await applyCaptureMessage(db, start, 5);
    await applyCaptureMessage(db, { seq: 3, type: 'call-ended', callId: 'c1', endedAt: 9000, reason: 'unload' }, 9);
    expect(await db.calls.get('c1')).toMatchObject({ status: 'ended-unexpectedly', endReason: 'unload' });
  });
});
