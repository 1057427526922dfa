// The model debrief reaches the stored report only in time and grounded; otherwise the template debrief stands.
import { describe, expect, it } from 'vitest';
import { defaultClassifier } from '../lib/classifier';
import type { Debrief } from '../lib/engine/analysis-types';
import { mergeModelDebrief } from '../lib/model-tier/merge-model-debrief';
import type { LabeledUtterance } from '../lib/types';
import { finishCall } from './call-finisher';
import { applyCaptureMessage } from './capture-writer';
import { applyModelDebrief, type WriteModelDebrief } from './model-debrief';
import { capturedLine, freshDatabase } from './test-support';

const QUESTION = 'How do you route support tickets across the team today?';

async function finishedCall() {
  const db = freshDatabase();
  await applyCaptureMessage(db, { seq: 0, type: 'call-started', callId: 'c1', platform: 'meet', title: 'Acme', repName: 'Alex', startedAt: 1000 }, 1);
  await applyCaptureMessage(
    db,
    {
      seq: 1,
      type: 'utterances',
      callId: 'c1',
      items: [
        capturedLine('1', { startSec: 30, endSec: 36, text: QUESTION }),
        capturedLine('2', { role: 'buyer', startSec: 37, endSec: 70, text: 'By hand, and tickets sit over the weekend until Monday.' }),
        capturedLine('3', { startSec: 71, endSec: 90, text: 'Our platform routes them automatically.', label: { role: 'rep', act: 'pitch', confidence: 0.95, tier: 'fast' } }),
      ],
    },
    95_000,
  );
  await finishCall(db, 'c1', { status: 'ended', reason: 'left' }, { classifier: defaultClassifier(), now: 100_000 });
  return db;
}

/** What the offscreen home answers: the template debrief with the model's grounded words merged in. */
const groundedWriter: WriteModelDebrief = async (debrief: Debrief, utterances: readonly LabeledUtterance[]) =>
  mergeModelDebrief(debrief, { wentWell: [{ at: '00:30', quote: 'route support tickets', text: 'You opened on how their routing works today.' }] }, utterances);

const logs: string[] = [];
const options = { waitMs: 200, log: (message: string) => logs.push(message) };

describe('applyModelDebrief', () => {
  it('stores the model debrief, marked as the model wrote it', async () => {
    const db = await finishedCall();
    expect(await applyModelDebrief(db, 'c1', groundedWriter, options)).toBe('model');
    const stored = (await db.reports.get('c1'))!.debrief;
    expect(stored.writtenBy).toBe('model');
    expect(stored.wentWell[0]).toMatchObject({ atSec: 30, evidence: [{ utteranceId: '1', text: QUESTION }] });
    expect(stored.markdown).toContain('You opened on how their routing works today.');
  });

  it('keeps the template debrief when the model is off, slow, failing or ungrounded', async () => {
    const db = await finishedCall();
    const template = (await db.reports.get('c1'))!.debrief;
    const off: WriteModelDebrief = async () => null;
    const slow: WriteModelDebrief = (debrief, lines) => new Promise((resolve) => setTimeout(() => void groundedWriter(debrief, lines).then(resolve), 1_000));
    const failing: WriteModelDebrief = async () => {
      throw new Error('device lost');
    };
    const invented: WriteModelDebrief = async (debrief) => ({
      ...debrief,
      writtenBy: 'model',
      wentWell: [{ atSec: 12, text: 'You asked a great question.', evidence: [{ utteranceId: 'nope', atSec: 12, text: 'never said' }] }],
    });
    const movedMoment: WriteModelDebrief = async (debrief, lines) => {
      const merged = (await groundedWriter(debrief, lines))!;
      return { ...merged, opportunities: merged.opportunities.map((opportunity) => ({ ...opportunity, atSec: opportunity.atSec + 5 })) };
    };
    for (const writer of [off, slow, failing, invented, movedMoment]) {
      expect(await applyModelDebrief(db, 'c1', writer, options)).toBe('template');
      expect((await db.reports.get('c1'))!.debrief).toEqual(template);
    }
    expect(logs.some((line) => line.includes('took longer than 200 ms'))).toBe(true);
    expect(logs.some((line) => line.includes('cites a line that is not in the call'))).toBe(true);
    expect(logs.some((line) => line.includes('coaching opportunity moved'))).toBe(true);
  });
});
