// Transcript files from anywhere (random bytes, random text, and WebVTT/SubRip/line transcripts with random damage):
// the parser either reads cues that keep their invariants or refuses with a TranscriptError, never anything else;
// and whatever it reads, importing it stores records that read back as valid records.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTranscript, TranscriptError } from '../../lib/transcript';
import { callRecordSchema, storedReportSchema, storedUtteranceSchema } from '../../store/record-schemas';
import { freshDatabase } from '../../store/test-support';
import { importTranscriptFile } from '../../store/transcript-import';
import { DEFAULT_USER_SETTINGS } from '../../store/user-settings';
import { hostileText, rawString } from './hostile-text';

const options = { wordsPerSecond: 2.6 };

const digits = (max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: max });
/** Clock times, well-formed or not: "01:02:03.500", "1:02,5", "9999…:00:00.000" (absurd hour counts included). */
const clock = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 999 })).map(
    ([h, m, s, ms]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.${String(ms).padStart(3, '0')}`,
  ),
  fc.tuple(fc.oneof(digits(4), fc.integer({ min: 300, max: 400 }).map((length) => '7'.repeat(length))), digits(2), digits(2), digits(3), fc.constantFrom('.', ',')).map(
    ([h, m, s, ms, sep]) => `${h}:${m}:${s}${sep}${ms}`,
  ),
  fc.tuple(digits(3), digits(2)).map(([m, s]) => `${m}:${s}`),
);
const name = fc.oneof(fc.constantFrom('Sam Rivera', 'Dana', 'You', 'Unknown user', 'Dr. O’Brien-Smith'), hostileText(3));

const vttLine = fc.oneof(
  fc.constant('WEBVTT'),
  fc.constant(''),
  fc.tuple(clock, clock).map(([from, to]) => `${from} --> ${to}`),
  fc.tuple(name, hostileText()).map(([who, said]) => `<v ${who}>${said}</v>`),
  fc.tuple(name, hostileText()).map(([who, said]) => `${who}: ${said}`),
  fc.constantFrom('NOTE a note', '1', '<c.yellow>', '</v>', '&amp;&lt;'),
  hostileText(),
);
/** A whole cue: its timing line, one or two payload lines, a blank line. */
const cueBlock = fc
  .tuple(clock, clock, fc.array(fc.oneof(fc.tuple(name, hostileText()).map(([who, said]) => `<v ${who}>${said}`), hostileText()), { minLength: 1, maxLength: 2 }))
  .map(([from, to, payload]) => [`${from} --> ${to}`, ...payload, ''].join('\n'));
const vttFile = fc.array(cueBlock, { minLength: 1, maxLength: 12 }).map((cues) => `WEBVTT\n\n${cues.join('\n')}`);

const timestampedLine = fc.oneof(
  fc.tuple(clock, name, hostileText()).map(([at, who, said]) => `[${at}] ${who}: ${said}`),
  fc.tuple(name, clock).map(([who, at]) => `${who}  ${at}`),
  fc.tuple(name, hostileText()).map(([who, said]) => `${who}: ${said}`),
  fc.constant(''),
  hostileText(),
);
const lineEnding = fc.constantFrom('\n', '\r\n', '\r');
const document = (line: fc.Arbitrary<string>) =>
  fc.tuple(fc.array(line, { minLength: 1, maxLength: 40 }), lineEnding).map(([lines, ending]) => lines.join(ending));

/** A valid-looking file cut short, or with a random slice repeated, or with a random character swapped in. */
const damaged = (text: fc.Arbitrary<string>) =>
  fc.tuple(text, fc.nat(), fc.nat(), rawString(3)).map(([value, at, length, insert]) => {
    const cut = at % (value.length + 1);
    return [value.slice(0, cut), value.slice(0, cut) + insert + value.slice(cut), value + value.slice(cut, cut + (length % 200))][length % 3];
  });

const transcriptInput = fc.oneof(
  rawString(300),
  fc.uint8Array({ maxLength: 600 }),
  document(vttLine),
  vttFile,
  damaged(vttFile),
  document(timestampedLine),
  damaged(document(vttLine)),
  damaged(document(timestampedLine)),
);

export const TRANSCRIPT_RUNS = { parse: 3_000, import: 150 };

function expectParsedOrRefused(input: string | Uint8Array) {
  let parsed;
  try {
    parsed = parseTranscript(input, options);
  } catch (error) {
    expect(error).toBeInstanceOf(TranscriptError);
    expect((error as TranscriptError).message.length).toBeGreaterThan(0);
    expect((error as TranscriptError).message).not.toMatch(/[\r\n]/);
    return null;
  }
  expect(parsed.cues.length).toBeGreaterThan(0);
  for (const cue of parsed.cues) {
    expect(Number.isFinite(cue.startSec) && Number.isFinite(cue.endSec), `finite times: ${cue.startSec} → ${cue.endSec}`).toBe(true);
    expect(cue.startSec).toBeGreaterThanOrEqual(0);
    expect(cue.endSec).toBeGreaterThanOrEqual(cue.startSec);
    expect(cue.speaker.trim().length).toBeGreaterThan(0);
    expect(cue.text.trim().length).toBeGreaterThan(0);
  }
  expect(parsed.warnings.every((warning) => typeof warning === 'string' && warning.length > 0), 'warnings').toBe(true);
  return parsed;
}

describe('transcript parsers under random input', () => {
  it(`read cues that keep their invariants or refuse with a TranscriptError (${TRANSCRIPT_RUNS.parse} files)`, () => {
    fc.assert(fc.property(transcriptInput, (input) => void expectParsedOrRefused(input)), { numRuns: TRANSCRIPT_RUNS.parse });
  });

  it('read absurd cue times as finite seconds', () => {
    const hours = '9'.repeat(400);
    const parsed = expectParsedOrRefused(`WEBVTT\n\n${hours}:00:00.000 --> ${hours}:00:05.000\n<v Dana>We route tickets by hand.\n`);
    expect(parsed?.cues).toHaveLength(1);
  });

  it(`import what they read as records that read back valid, or store nothing (${TRANSCRIPT_RUNS.import} files)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(vttFile, document(vttLine), document(timestampedLine), damaged(vttFile)), async (text) => {
        const db = freshDatabase();
        const result = await importTranscriptFile(db, { name: 'call.vtt', size: text.length, text: async () => text }, { ...DEFAULT_USER_SETTINGS, repNames: ['Sam Rivera'] }, { repSpeaker: 'Sam Rivera', coachingThemes: false }, 1_800_000_000_000, () => 'x');
        const [calls, lines, reports] = await Promise.all([db.calls.toArray(), db.utterances.toArray(), db.reports.toArray()]);
        if (!result.ok) {
          expect(result.error).not.toMatch(/[\r\n]/);
          expect(calls.length + lines.length + reports.length).toBe(0);
          return;
        }
        expect(callRecordSchema.safeParse(calls[0]).success).toBe(true);
        for (const { callId: _callId, ...line } of lines) expect(storedUtteranceSchema.safeParse(line).error?.issues[0]).toBeUndefined();
        const { callId: _callId, ...report } = reports[0];
        expect(storedReportSchema.safeParse(report).error?.issues[0]).toBeUndefined();
      }),
      { numRuns: TRANSCRIPT_RUNS.import },
    );
  });
});
