// The rep corrects a stored call's type: the report, its nudges, the debrief and coaching memory follow the new
// type, and a backup keeps it. Played on a dev corpus call (seeds/calls/corpus/dev), a first discovery call whose
// rep pitches in minute one: as a discovery call that is the lead coaching point, as a pricing call it is no fault.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCallFile } from '../lib/call-corpus/call-file';
import { defaultClassifier } from '../lib/classifier';
import type { CapturedUtterance } from '../lib/messages';
import { exportBackup, importBackup, parseBackup } from './backup';
import { finishCall, retypeCall } from './call-finisher';
import { readCallDetail } from './call-queries';
import { applyCaptureMessage } from './capture-writer';
import { rememberCall } from './memory-store';
import { freshDatabase } from './test-support';

const DEV_CALL = 'd14-ferris-plastics-discovery';
const call = readCallFile(JSON.parse(readFileSync(path.join(__dirname, '../seeds/calls/corpus/dev', `${DEV_CALL}.json`), 'utf8')));
const options = { classifier: defaultClassifier(), now: 2_000_000 };

/** The dev call as the capture port would have stored it, with one early-pitch nudge the rep saw live. */
async function storedCall() {
  const db = freshDatabase();
  const callId = 'c1';
  await applyCaptureMessage(db, { seq: 0, type: 'call-started', callId, platform: 'meet', title: call.file.title, repName: call.file.rep, startedAt: 1_000 }, 1);
  const items: CapturedUtterance[] = call.lines.map((line) => ({
    id: `line-${line.index}`,
    speaker: line.speaker,
    role: line.role,
    self: line.role === 'rep',
    text: line.text,
    startSec: line.startSec,
    endSec: line.endSec,
    capturedAt: 1_000 + line.endSec * 1000,
    final: true,
    revision: 1,
    label:
      line.role === 'rep'
        ? { role: 'rep', act: line.act!, confidence: 0.95, tier: 'fast' }
        : { role: 'buyer', objection: line.objection!, confidence: 0.95, tier: 'fast' },
  }));
  await applyCaptureMessage(db, { seq: 1, type: 'utterances', callId, items }, 2);
  const pitch = call.lines.find((line) => line.act === 'pitch')!;
  await applyCaptureMessage(
    db,
    {
      seq: 2,
      type: 'nudges',
      callId,
      nudges: [{ id: 'nudge-1-early-pitch', kind: 'early-pitch', atSec: pitch.endSec, title: 'Early pitch', message: 'Ask first.', priority: 3, evidence: [] }],
    },
    3,
  );
  await applyCaptureMessage(db, { seq: 3, type: 'call-ended', callId, endedAt: 1_000 + call.durationSec * 1000, reason: 'left' }, 4);
  const asDiscovery = await finishCall(db, callId, { status: 'ended', reason: 'left' }, options);
  return { db, callId, asDiscovery: asDiscovery! };
}

const earlyPitchFacts = async (db: Awaited<ReturnType<typeof storedCall>>['db']) =>
  (await db.facts.toArray()).filter((fact) => fact.kind === 'behaviour' && fact.theme === 'early_pitch' && fact.polarity === 'gap');

describe('correcting a stored call’s type', () => {
  it('rewrites the report, the nudges and the debrief as a call of the new type', async () => {
    const { db, callId, asDiscovery } = await storedCall();
    expect(asDiscovery.analysis.callType).toBe('discovery');
    expect(asDiscovery.debrief.opportunities[0].grounding?.key).toBe('earlyPitch');
    expect(asDiscovery.nudges.map((nudge) => nudge.kind)).toContain('early-pitch');

    const asPricing = await retypeCall(db, callId, 'pricing', { ...options, now: 3_000_000 });

    expect(asPricing?.analysis).toMatchObject({ callType: 'pricing', callTypeSource: 'rep' });
    expect(asPricing?.debrief.opportunities.map((point) => point.grounding?.key)).not.toContain('earlyPitch');
    expect(asPricing?.debrief.skillConnection.followUp).toContain('pricing / negotiation');
    expect(asPricing?.debrief.markdown).not.toBe(asDiscovery.debrief.markdown);
    expect(asPricing?.nudges.map((nudge) => nudge.kind)).not.toContain('early-pitch');
    expect(await db.reports.get(callId)).toMatchObject({ createdAt: 3_000_000, analysis: { callType: 'pricing' } });
    expect(await db.calls.get(callId)).toMatchObject({ callType: 'pricing', status: 'ended', endReason: 'left' });
    // The call page lists only the nudges that still apply.
    expect((await readCallDetail(db, callId))?.nudges.map((nudge) => nudge.kind)).not.toContain('early-pitch');
  });

  it('memory rebuilt after the correction no longer counts the call as pitching too early', async () => {
    const { db, callId } = await storedCall();
    await rememberCall(db, callId, { now: 2_000_000 });
    expect(await earlyPitchFacts(db)).not.toEqual([]);

    await retypeCall(db, callId, 'pricing', options);
    await rememberCall(db, callId, { now: 3_000_000 });
    expect(await earlyPitchFacts(db)).toEqual([]);
  });

  it('only stores the type of a live call (its report is written when it ends), and ignores an unknown call', async () => {
    const db = freshDatabase();
    await applyCaptureMessage(db, { seq: 0, type: 'call-started', callId: 'live', platform: 'zoom', title: 'Live', repName: 'Sam', startedAt: 1 }, 1);
    expect(await retypeCall(db, 'live', 'follow-up', options)).toBeNull();
    expect(await db.calls.get('live')).toMatchObject({ status: 'live', callType: 'follow-up' });
    expect(await db.reports.get('live')).toBeUndefined();
    expect(await retypeCall(db, 'missing', 'pricing', options)).toBeNull();
  });

  it('the overlay’s correction of a live call is stored, and taking it back clears it', async () => {
    const db = freshDatabase();
    await applyCaptureMessage(db, { seq: 0, type: 'call-started', callId: 'live', platform: 'meet', title: 'Live', repName: 'Sam', startedAt: 1 }, 1);
    await applyCaptureMessage(db, { seq: 1, type: 'call-type', callId: 'live', callType: 'pricing' }, 2);
    expect((await db.calls.get('live'))?.callType).toBe('pricing');
    await applyCaptureMessage(db, { seq: 2, type: 'call-type', callId: 'live' }, 3);
    expect((await db.calls.get('live'))?.callType).toBeUndefined();
  });

  it('a backup keeps the corrected type', async () => {
    const { db, callId } = await storedCall();
    await retypeCall(db, callId, 'follow-up', options);
    const restored = freshDatabase();
    await importBackup(restored, parseBackup(JSON.stringify(await exportBackup(db, 5))));
    expect((await restored.calls.get(callId))?.callType).toBe('follow-up');
    expect((await restored.reports.get(callId))?.analysis).toMatchObject({ callType: 'follow-up', callTypeSource: 'rep' });
  });
});
