import { describe, expect, it } from 'vitest';
import { exportBackup, importBackup } from './backup';
import { applyCaptureMessage } from './capture-writer';
import { notObjectionLines } from './rep-corrections-store';
import { capturedLine, freshDatabase } from './test-support';

const start = { seq: 0, type: 'call-started', callId: 'c1', platform: 'meet', title: 'Acme', repName: 'Alex', startedAt: 1000 } as const;
const buyerLine = (revision: number) =>
  capturedLine('b1', { role: 'buyer', text: 'Price is not the issue right now.', revision, label: { role: 'buyer', objection: 'budget', confidence: 0.8, tier: 'fast' } });

describe('"not an objection" marks', () => {
  it('are stored on the line, survive a newer revision of it, and travel with export and import', async () => {
    const db = freshDatabase();
    await applyCaptureMessage(db, start, 5);
    await applyCaptureMessage(db, { seq: 1, type: 'utterances', callId: 'c1', items: [buyerLine(1)] }, 6);
    expect(await notObjectionLines(db)).toEqual([]);
    await applyCaptureMessage(db, { seq: 2, type: 'not-objection', callId: 'c1', utteranceId: 'b1' }, 7);
    await applyCaptureMessage(db, { seq: 3, type: 'utterances', callId: 'c1', items: [buyerLine(2)] }, 8);
    expect(await notObjectionLines(db)).toEqual(['Price is not the issue right now.']);

    const restored = freshDatabase();
    await importBackup(restored, await exportBackup(db, 9));
    expect(await notObjectionLines(restored)).toEqual(['Price is not the issue right now.']);
  });
});
