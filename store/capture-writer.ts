// Applies what a content script reports about a live call to the database. Every write is idempotent, so a batch
// resent after a service-worker restart or a lost acknowledgement changes nothing the first delivery did not.
import type { CallAnalysis } from '../lib/engine/analysis-types';
import type { CaptureMessage, CapturedUtterance } from '../lib/messages';
import type { CoachDatabase } from './database';
import type { CallRecord, UtteranceRecord } from './records';

export class UnknownCallError extends Error {
  override name = 'UnknownCallError';
}

export type CallEnded = Extract<CaptureMessage, { type: 'call-ended' }>;

/** Stores one message; returns the call it touched. `call-ended` only marks the end: finishing is the caller's. */
export async function applyCaptureMessage(db: CoachDatabase, message: CaptureMessage, now: number): Promise<string> {
  switch (message.type) {
    case 'call-started':
      await db.transaction('rw', db.calls, async () => {
        if (await db.calls.get(message.callId)) return;
        const call: CallRecord = {
          callId: message.callId,
          platform: message.platform,
          title: message.title,
          repName: message.repName,
          startedAt: message.startedAt,
          status: 'live',
          endedAt: null,
          endReason: null,
          lastActivityAt: now,
          liveAnalysis: null,
          utteranceCount: 0,
        };
        await db.calls.add(call);
      });
      break;
    case 'utterances':
      await storeUtterances(db, message.callId, message.items, now);
      break;
    case 'nudges':
      await db.transaction('rw', db.calls, db.nudges, async () => {
        await requireCall(db, message.callId);
        await db.nudges.bulkPut(message.nudges.map((nudge) => ({ ...nudge, callId: message.callId })));
        await db.calls.update(message.callId, { lastActivityAt: now });
      });
      break;
    case 'analysis':
      await db.transaction('rw', db.calls, async () => {
        await requireCall(db, message.callId);
        await db.calls.update(message.callId, { liveAnalysis: message.analysis as unknown as CallAnalysis, lastActivityAt: now });
      });
      break;
    case 'call-type':
      await db.transaction('rw', db.calls, async () => {
        await requireCall(db, message.callId);
        // Dexie drops a field set to undefined: the call goes back to the type read from its opening.
        await db.calls.update(message.callId, { callType: message.callType, lastActivityAt: now });
      });
      break;
    case 'not-objection':
      await db.transaction('rw', db.calls, db.utterances, async () => {
        await requireCall(db, message.callId);
        await db.utterances.update([message.callId, message.utteranceId], { repCorrection: 'not-objection' });
      });
      break;
    case 'call-ended':
      await db.transaction('rw', db.calls, async () => {
        const call = await requireCall(db, message.callId);
        if (call.status !== 'live') return;
        // Only leaving the meeting is a normal end; a page that went away (tab closed, reloaded) or captions that
        // vanished ended the call unexpectedly, and the history says so.
        const status = message.reason === 'left' ? 'ended' : 'ended-unexpectedly';
        await db.calls.update(message.callId, { status, endedAt: message.endedAt, endReason: message.reason, lastActivityAt: now });
      });
      break;
  }
  return message.callId;
}

async function requireCall(db: CoachDatabase, callId: string): Promise<CallRecord> {
  const call = await db.calls.get(callId);
  if (!call) throw new UnknownCallError(`no call ${callId} (its start was never stored)`);
  return call;
}

async function storeUtterances(db: CoachDatabase, callId: string, items: CapturedUtterance[], now: number): Promise<void> {
  await db.transaction('rw', db.calls, db.utterances, async () => {
    await requireCall(db, callId);
    const newestById = new Map<string, CapturedUtterance>();
    for (const item of items) {
      const seen = newestById.get(item.id);
      if (!seen || item.revision >= seen.revision) newestById.set(item.id, item);
    }
    const keys = [...newestById.keys()].map((id): [string, string] => [callId, id]);
    const stored = await db.utterances.bulkGet(keys);
    const writes: UtteranceRecord[] = [];
    let added = 0;
    [...newestById.values()].forEach((item, index) => {
      const existing = stored[index];
      if (existing && existing.revision > item.revision) return;
      if (!existing) added++;
      // A newer revision keeps the rep's "not an objection" mark.
      writes.push(existing?.repCorrection ? { ...item, callId, repCorrection: existing.repCorrection } : { ...item, callId });
    });
    await db.utterances.bulkPut(writes);
    const call = await db.calls.get(callId);
    await db.calls.update(callId, { lastActivityAt: now, utteranceCount: (call?.utteranceCount ?? 0) + added });
  });
}
