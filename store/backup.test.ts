import { describe, expect, it } from 'vitest';
import type { LineClassifier } from '../lib/engine/labeling';
import { BACKUP_VERSION, BackupError, exportBackup, importBackup, parseBackup } from './backup';
import { applyCaptureMessage } from './capture-writer';
import { finishCall } from './call-finisher';
import { deleteAllCalls, renameCall } from './call-queries';
import type { CoachDatabase } from './database';
import { capturedLine, freshDatabase } from './test-support';

const unusedClassifier: LineClassifier = {
  classifyRep: () => ({ act: 'other', confidence: 1, scores: {} as never }),
  classifyBuyer: () => ({ objection: 'none', confidence: 1, scores: {} as never }),
};

async function storeCall(db: CoachDatabase, callId: string, title: string) {
  await applyCaptureMessage(db, { seq: 0, type: 'call-started', callId, platform: 'zoom', title, repName: 'Alex', startedAt: 1000 }, 1);
  await applyCaptureMessage(
    db,
    {
      seq: 1,
      type: 'utterances',
      callId,
      items: [capturedLine('1', { text: `${title}: how do you plan routes today?` }), capturedLine('2', { role: 'buyer', startSec: 3, endSec: 9, text: 'By hand, mostly.' })],
    },
    2,
  );
  await applyCaptureMessage(db, { seq: 2, type: 'call-ended', callId, endedAt: 9000, reason: 'left' }, 3);
  await finishCall(db, callId, { status: 'ended', reason: 'left' }, { classifier: unusedClassifier, now: 4 });
}

async function snapshot(db: CoachDatabase) {
  const sortKey = (a: { callId: string }, b: { callId: string }) => a.callId.localeCompare(b.callId);
  return {
    calls: (await db.calls.toArray()).sort(sortKey),
    utterances: (await db.utterances.toArray()).sort((a, b) => sortKey(a, b) || a.id.localeCompare(b.id)),
    reports: (await db.reports.toArray()).sort(sortKey),
  };
}

describe('backup', () => {
  it('export → delete everything → import restores the same calls, lines and reports', async () => {
    const db = freshDatabase();
    await storeCall(db, 'a', 'Acme');
    await storeCall(db, 'b', 'Globex');
    // What the rep chose per call travels too: a rename and leaving a call out of Coaching Themes.
    await renameCall(db, 'a', 'Acme — renewal');
    await db.calls.update('b', { coachingThemes: false });
    const before = await snapshot(db);
    expect(before.calls).toEqual(expect.arrayContaining([expect.objectContaining({ callId: 'a', name: 'Acme — renewal' }), expect.objectContaining({ callId: 'b', coachingThemes: false })]));
    const text = JSON.stringify(await exportBackup(db, 123));
    await deleteAllCalls(db);
    expect(await db.calls.count()).toBe(0);
    expect(await importBackup(db, parseBackup(text))).toEqual({ added: 2, skippedExisting: 0 });
    expect(await snapshot(db)).toEqual(before);
  });

  it('never overwrites a stored call that shares an id with an imported one', async () => {
    const db = freshDatabase();
    await storeCall(db, 'a', 'Original');
    const other = freshDatabase();
    await storeCall(other, 'a', 'Impostor');
    await storeCall(other, 'c', 'New');
    const outcome = await importBackup(db, parseBackup(JSON.stringify(await exportBackup(other, 1))));
    expect(outcome).toEqual({ added: 1, skippedExisting: 1 });
    expect((await db.calls.get('a'))?.title).toBe('Original');
    expect((await db.utterances.get(['a', '1']))?.text).toBe('Original: how do you plan routes today?');
  });

  it('refuses truncated, foreign, wrong-version and damaged files with a clear reason', async () => {
    const db = freshDatabase();
    await storeCall(db, 'a', 'Acme');
    const good = JSON.stringify(await exportBackup(db, 1));
    const damaged = JSON.parse(good);
    damaged.calls[0].utterances[0].label = { role: 'rep', act: 'haggling', confidence: 2, tier: 'fast' };
    const cases: Array<[string, RegExp]> = [
      [good.slice(0, good.length / 2), /not valid JSON/],
      ['{"hello": "world"}', /not a Discovery Coach export/],
      [JSON.stringify({ ...JSON.parse(good), version: BACKUP_VERSION + 1 }), /version 2 is not supported/],
      [JSON.stringify(damaged), /damaged at calls\.0\.utterances\.0\.label/],
    ];
    for (const [text, reason] of cases) {
      expect(() => parseBackup(text)).toThrow(BackupError);
      expect(() => parseBackup(text)).toThrow(reason);
    }
  });

  it('imports a call that was live when exported as ended where its data stops', async () => {
    const db = freshDatabase();
    await applyCaptureMessage(db, { seq: 0, type: 'call-started', callId: 'live', platform: 'meet', title: 'Live', repName: 'Alex', startedAt: 1 }, 50);
    const backup = parseBackup(JSON.stringify(await exportBackup(db, 1)));
    const target = freshDatabase();
    await importBackup(target, backup);
    expect(await target.calls.get('live')).toMatchObject({ status: 'ended-unexpectedly', endReason: 'imported', endedAt: 50 });
  });
});
