import { describe, expect, it } from 'vitest';
import type { LineClassifier } from '../lib/engine/labeling';
import { applyCaptureMessage } from './capture-writer';
import { finishCall } from './call-finisher';
import { deleteAllCalls, deleteCall, listCalls, readCallDetail, readPopupData, renameCall } from './call-queries';
import type { CoachDatabase } from './database';
import { rememberCall } from './memory-store';
import { capturedLine, freshDatabase } from './test-support';

const labelsAlreadyStored: LineClassifier = {
  classifyRep: () => ({ act: 'other', confidence: 1, scores: {} as never }),
  classifyBuyer: () => ({ objection: 'none', confidence: 1, scores: {} as never }),
};

async function endedCall(db: CoachDatabase, callId: string, startedAt: number) {
  await applyCaptureMessage(db, { seq: 0, type: 'call-started', callId, platform: 'meet', title: callId, repName: 'Alex', startedAt }, startedAt);
  await applyCaptureMessage(
    db,
    { seq: 1, type: 'utterances', callId, items: [capturedLine('1', { startSec: 2, endSec: 6 }), capturedLine('2', { role: 'buyer', startSec: 7, endSec: 12 })] },
    startedAt + 12_000,
  );
  await applyCaptureMessage(db, { seq: 2, type: 'call-ended', callId, endedAt: startedAt + 60_000, reason: 'left' }, startedAt + 60_000);
  await finishCall(db, callId, { status: 'ended', reason: 'left' }, { classifier: labelsAlreadyStored, now: startedAt + 61_000 });
}

describe('call queries', () => {
  it('names a call by the rep’s rename, else the meeting title, else nothing; an empty rename goes back', async () => {
    const db = freshDatabase();
    await endedCall(db, 'Meet - Acme discovery', 1_000);
    await endedCall(db, 'Meet - abc-defg-hij', 2_000);
    const names = async () => (await listCalls(db)).map((call) => [call.callId, call.name]);
    expect(await names()).toEqual([
      ['Meet - abc-defg-hij', null],
      ['Meet - Acme discovery', 'Acme discovery'],
    ]);
    await renameCall(db, 'Meet - abc-defg-hij', '  Globex   renewal ');
    expect((await names())[0]).toEqual(['Meet - abc-defg-hij', 'Globex renewal']);
    await renameCall(db, 'Meet - abc-defg-hij', ' ');
    expect((await names())[0]).toEqual(['Meet - abc-defg-hij', null]);
    expect(await db.calls.get('Meet - abc-defg-hij')).not.toHaveProperty('name');
  });

  it('lists each ended call with its final analysis', async () => {
    const db = freshDatabase();
    await endedCall(db, 'done', 1_000);
    const [listed] = await listCalls(db);
    expect(listed.analysis).toEqual((await db.reports.get('done'))!.analysis);
    expect(listed.coachingThemes).toBe(true);
  });

  it('lists calls newest first with their duration, and reads one call with its lines in spoken order', async () => {
    const db = freshDatabase();
    await endedCall(db, 'older', 1_000);
    await endedCall(db, 'newer', 500_000);
    expect((await listCalls(db)).map((call) => [call.callId, call.durationSec])).toEqual([
      ['newer', 60],
      ['older', 60],
    ]);
    const detail = await readCallDetail(db, 'older');
    expect(detail?.utterances.map((line) => line.id)).toEqual(['1', '2']);
    expect(detail?.debrief?.markdown).toBeTruthy();
    expect(await readCallDetail(db, 'missing')).toBeNull();
  });

  it('gives the popup the live call, the latest ended call with its debrief, and recent calls', async () => {
    const db = freshDatabase();
    await endedCall(db, 'done', 1_000);
    await applyCaptureMessage(db, { seq: 0, type: 'call-started', callId: 'now', platform: 'zoom', title: 'Live one', repName: 'Alex', startedAt: 900_000 }, 900_000);
    const popup = await readPopupData(db);
    expect(popup.live?.call.callId).toBe('now');
    expect(popup.latest?.call.callId).toBe('done');
    expect(popup.latest?.debrief).not.toBeNull();
    expect(popup.recent.map((call) => call.callId)).toEqual(['now', 'done']);
  });

  it('deletes one call with everything stored about it, and everything including memory on request', async () => {
    const db = freshDatabase();
    await endedCall(db, 'a', 1_000);
    await endedCall(db, 'b', 2_000);
    await rememberCall(db, 'a', { now: 3_000 });
    await deleteCall(db, 'a');
    expect(await db.calls.get('a')).toBeUndefined();
    expect(await db.utterances.where('callId').equals('a').count()).toBe(0);
    expect(await db.reports.get('a')).toBeUndefined();
    expect(await db.calls.get('b')).toBeDefined();
    expect(await db.mentalModels.count()).toBeGreaterThan(0);
    await deleteAllCalls(db);
    for (const table of [db.calls, db.utterances, db.nudges, db.reports, db.facts, db.observations, db.mentalModels]) expect(await table.count()).toBe(0);
  });
});
