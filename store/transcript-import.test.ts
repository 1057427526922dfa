import { describe, expect, it } from 'vitest';
import { DEFAULT_USER_SETTINGS } from './user-settings';
import { setCoachingThemes } from './memory-store';
import { importTranscriptFile, readTranscriptSpeakers, type TranscriptFile } from './transcript-import';
import { freshDatabase } from './test-support';

const file = (name: string, text: string): TranscriptFile => ({ name, size: text.length, text: async () => text });
const asAlex = { repSpeaker: 'Alex Rivera', coachingThemes: true };

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
    const result = await importTranscriptFile(db, file('acme-discovery.vtt', vtt), { ...DEFAULT_USER_SETTINGS, repNames: ['Alex Rivera'] }, asAlex, 5_000, () => 'x');
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
      await importTranscriptFile(db, file('empty.vtt', ''), DEFAULT_USER_SETTINGS, asAlex, 1),
      await importTranscriptFile(db, file('photo.txt', '\u0000\u0001PNG\u0000\u0000binary'), DEFAULT_USER_SETTINGS, asAlex, 1),
      await importTranscriptFile(db, file('notes.txt', 'just some thoughts\nwithout any speakers'), DEFAULT_USER_SETTINGS, asAlex, 1),
    ];
    for (const result of results) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).not.toContain('\n');
    }
    expect(await db.calls.count()).toBe(0);
    expect(await db.utterances.count()).toBe(0);
  });

  it('takes the speaker the rep chose as the rep, whatever Settings says', async () => {
    const db = freshDatabase();
    const settings = { ...DEFAULT_USER_SETTINGS, repNames: ['Alex Rivera'] };
    const result = await importTranscriptFile(db, file('dana.vtt', vtt), settings, { repSpeaker: 'Dana Whitfield', coachingThemes: false }, 5_000, () => 'd');
    expect(result).toMatchObject({ ok: true, noRepLine: false });
    expect(await db.calls.get('import-d')).toMatchObject({ repName: 'Dana Whitfield', coachingThemes: false });
    const lines = await db.utterances.where('callId').equals('import-d').sortBy('startSec');
    expect(lines.map((line) => line.role)).toEqual(['buyer', 'rep', 'buyer']);
  });

  it('says when no line is the rep’s', async () => {
    const db = freshDatabase();
    const result = await importTranscriptFile(db, file('theirs.vtt', vtt), DEFAULT_USER_SETTINGS, { repSpeaker: null, coachingThemes: false }, 5_000, () => 'n');
    expect(result).toMatchObject({ ok: true, noRepLine: true });
    expect((await db.utterances.where('callId').equals('import-n').toArray()).every((line) => line.role === 'buyer')).toBe(true);
  });

  it('feeds Coaching Themes when asked to, and stops when the rep unticks it', async () => {
    const db = freshDatabase();
    await importTranscriptFile(db, file('in.vtt', vtt), DEFAULT_USER_SETTINGS, asAlex, 5_000, () => 'in');
    await importTranscriptFile(db, file('out.vtt', vtt), DEFAULT_USER_SETTINGS, { ...asAlex, coachingThemes: false }, 5_000, () => 'out');
    expect(await db.facts.where('callId').equals('import-in').count()).toBeGreaterThan(0);
    expect(await db.facts.where('callId').equals('import-out').count()).toBe(0);

    await setCoachingThemes(db, 'import-in', false, { now: 6_000 });
    await setCoachingThemes(db, 'import-out', true, { now: 6_000 });
    expect(await db.facts.where('callId').equals('import-in').count()).toBe(0);
    expect(await db.facts.where('callId').equals('import-out').count()).toBeGreaterThan(0);
    expect(await db.calls.get('import-in')).toMatchObject({ coachingThemes: false });
    expect(await db.calls.get('import-out')).toMatchObject({ coachingThemes: true });
  });
});

describe('readTranscriptSpeakers', () => {
  it('lists the speakers in the order they first speak and suggests the one Settings names', async () => {
    expect(await readTranscriptSpeakers(file('a.vtt', vtt), ['Alex'])).toEqual({ fileName: 'a.vtt', ok: true, speakers: ['Alex Rivera', 'Dana Whitfield'], suggestedRep: 'Alex Rivera' });
    expect(await readTranscriptSpeakers(file('a.vtt', vtt), ['Sam'])).toMatchObject({ ok: true, suggestedRep: null });
    expect(await readTranscriptSpeakers(file('empty.vtt', ''), [])).toMatchObject({ ok: false });
  });
});
