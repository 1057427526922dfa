import { describe, expect, it } from 'vitest';
import { DEFAULT_USER_SETTINGS } from './user-settings';
import { importTranscriptFile, type TranscriptFile } from './transcript-import';
import { freshDatabase } from './test-support';

const file = (name: string, text: string): TranscriptFile => ({ name, size: text.length, text: async () => text });

const vtt = `WEBVTT

00:00:01.000 --> 00:00:05.000
<v Alex Rivera>Thanks for making time. How does your team route support tickets today?

00:00:06.000 --> 00:00:14.000
<v Dana Whitfield>Mostly by hand. It takes two people about three hours a day.

00:00:15.000 --> 00:00:19.000
<v Alex Rivera>What happens to the customers who wait while that is sorted?
`;

describe('importTranscriptFile', () => {
  it('stores the transcript as an ended call with labeled lines and a report', async () => {
    const db = freshDatabase();
    const result = await importTranscriptFile(db, file('acme-discovery.vtt', vtt), { ...DEFAULT_USER_SETTINGS, repNames: ['Alex Rivera'] }, 5_000, () => 'x');
    expect(result).toMatchObject({ ok: true, callId: 'import-x', title: 'acme-discovery' });
    expect(await db.calls.get('import-x')).toMatchObject({ platform: 'import', status: 'ended', utteranceCount: 3 });
    const lines = await db.utterances.where('callId').equals('import-x').sortBy('startSec');
    expect(lines.map((line) => [line.role, line.text.slice(0, 20)])).toEqual([
      ['rep', 'Thanks for making ti'],
      ['buyer', 'Mostly by hand. It t'],
      ['rep', 'What happens to the '],
    ]);
    expect((await db.reports.get('import-x'))?.debrief.markdown).toContain('Alex');
  });

  it('gives a one-line reason for a file it cannot read and stores nothing', async () => {
    const db = freshDatabase();
    const results = [
      await importTranscriptFile(db, file('empty.vtt', ''), DEFAULT_USER_SETTINGS, 1),
      await importTranscriptFile(db, file('photo.txt', '\u0000\u0001PNG\u0000\u0000binary'), DEFAULT_USER_SETTINGS, 1),
      await importTranscriptFile(db, file('notes.txt', 'just some thoughts\nwithout any speakers'), DEFAULT_USER_SETTINGS, 1),
    ];
    for (const result of results) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).not.toContain('\n');
    }
    expect(await db.calls.count()).toBe(0);
    expect(await db.utterances.count()).toBe(0);
  });
});
