import { describe, expect, it } from 'vitest';
import type { LineClassifier } from '../lib/engine/labeling';
import { applyCaptureMessage } from './capture-writer';
import { finishCall, recoverAbandonedCalls } from './call-finisher';
import { capturedLine, freshDatabase } from './test-support';

// Labels arrive with the stored lines, so the finisher never needs to classify; a classifier that throws proves it.
const refusingClassifier: LineClassifier = {
  classifyRep: () => {
    throw new Error('stored lines are already labeled');
  },
  classifyBuyer: () => {
    throw new Error('stored lines are already labeled');
  },
};

async function callWithLines(callId: string) {
  const db = freshDatabase();
  await applyCaptureMessage(db, { seq: 0, type: 'call-started', callId, platform: 'teams', title: 'Acme', repName: 'Alex', startedAt: 1000 }, 1);
  await applyCaptureMessage(
    db,
    {
      seq: 1,
      type: 'utterances',
      callId,
      items: [
        capturedLine('1', { startSec: 10, endSec: 20, text: 'How do you route tickets today?' }),
        capturedLine('2', { role: 'buyer', startSec: 21, endSec: 60, text: 'We do it by hand and it takes forever, honestly it is a mess.' }),
        capturedLine('3', {
          startSec: 61,
          endSec: 70,
          text: 'Our platform routes them automatically.',
          label: { role: 'rep', act: 'pitch', confidence: 0.95, tier: 'fast' },
        }),
      ],
    },
    75_000,
  );
  return db;
}

describe('finishCall', () => {
  it('ends the call and stores a report computed from the stored labeled lines', async () => {
    const db = await callWithLines('c1');
    const report = await finishCall(db, 'c1', { status: 'ended', reason: 'left', endedAt: 80_000 }, { classifier: refusingClassifier, now: 90_000 });
    expect(report?.analysis.firstPitchSec).toBe(61);
    expect(report?.analysis.questionCounts.situation).toBe(1);
    expect(report?.debrief.markdown.length).toBeGreaterThan(50);
    expect(await db.calls.get('c1')).toMatchObject({ status: 'ended', endReason: 'left', endedAt: 80_000, utteranceCount: 3 });
    expect((await db.reports.get('c1'))?.createdAt).toBe(90_000);
  });

  it('keeps the nudges the rep saw live in the report', async () => {
    const db = await callWithLines('c1');
    const seen = { id: 'n1', kind: 'early-pitch', atSec: 62, title: 'Too early', message: 'Go back', priority: 80, evidence: [{ atSec: 61 }] } as const;
    await applyCaptureMessage(db, { seq: 2, type: 'nudges', callId: 'c1', nudges: [{ ...seen, evidence: [...seen.evidence] }] }, 76_000);
    const report = await finishCall(db, 'c1', { status: 'ended', reason: 'left' }, { classifier: refusingClassifier, now: 90_000 });
    expect(report?.nudges.map((n) => n.id)).toEqual(['n1']);
  });
});

describe('recoverAbandonedCalls', () => {
  it('ends live calls nobody captures any more as unexpected, as of their last activity, with a report', async () => {
    const db = await callWithLines('c1');
    await applyCaptureMessage(db, { seq: 0, type: 'call-started', callId: 'c2', platform: 'meet', title: 'Other', repName: 'Alex', startedAt: 2000 }, 3);
    const recovered = await recoverAbandonedCalls(db, (callId) => callId === 'c2', 'browser-restart', { classifier: refusingClassifier, now: 99 });
    expect(recovered).toEqual(['c1']);
    expect(await db.calls.get('c1')).toMatchObject({ status: 'ended-unexpectedly', endReason: 'browser-restart', endedAt: 75_000 });
    expect(await db.reports.get('c1')).toBeDefined();
    expect((await db.calls.get('c2'))?.status).toBe('live');
  });
});
