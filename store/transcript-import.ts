// Imports a past call from a transcript file (WebVTT, "[hh:mm:ss] Speaker: text" or "Speaker: text"): analyzed on
// this computer by the same engine as live calls, then stored like a finished call. The file is read twice: first
// for its speakers, so the rep can say which one is them (an import never guesses from Settings alone), then for
// the import itself. A file that cannot be read gives a one-line reason and stores nothing.
import { defaultClassifier } from '../lib/classifier';
import { analyzeTranscript, findRepSpeakers, speakersOf } from '../lib/engine/analyze-transcript';
import { METHODOLOGY } from '../lib/engine/methodology';
import { resolveCoachSettings } from '../lib/engine/settings';
import { MAX_TRANSCRIPT_BYTES, parseTranscript, TranscriptError, type ParsedTranscript } from '../lib/transcript';
import type { CoachDatabase } from './database';
import { rememberCall } from './memory-store';
import type { CallRecord, UtteranceRecord } from './records';
import { coachOverrides, type UserSettings } from './user-settings';

export interface TranscriptFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

/** The speakers of a file, in the order they first speak, and the one Settings' names point at (if any). */
export type TranscriptSpeakers = { fileName: string; ok: true; speakers: string[]; suggestedRep: string | null } | { fileName: string; ok: false; error: string };

/** What the rep said about a file before importing it. */
export interface TranscriptImportChoice {
  /** The speaker who is the rep; null when none of them is ("someone else's call"). */
  repSpeaker: string | null;
  /** Whether the coaching memory (Coaching Themes) learns from the call. */
  coachingThemes: boolean;
}

export type TranscriptImportResult =
  | { fileName: string; ok: true; callId: string; title: string; warnings: string[]; noRepLine: boolean }
  | { fileName: string; ok: false; error: string };

const titleOf = (fileName: string) => fileName.replace(/\.(vtt|txt|srt)$/i, '').slice(0, 200) || 'Imported call';

async function readTranscript(file: TranscriptFile): Promise<ParsedTranscript> {
  if (file.size > MAX_TRANSCRIPT_BYTES) throw new TranscriptError('too-large', `the file is larger than ${MAX_TRANSCRIPT_BYTES / 1024 / 1024} MB`);
  return parseTranscript(await file.text(), { wordsPerSecond: METHODOLOGY.thresholds.speech.wordsPerSecond });
}

function reasonOf(error: unknown): string {
  return error instanceof TranscriptError ? error.message : `could not import it (${error instanceof Error ? error.message : String(error)})`;
}

/** Reads a file for its speakers, storing nothing. */
export async function readTranscriptSpeakers(file: TranscriptFile, repNames: readonly string[]): Promise<TranscriptSpeakers> {
  try {
    const speakers = speakersOf((await readTranscript(file)).cues.filter((cue) => cue.text.trim() !== ''));
    const suggested = findRepSpeakers(speakers, repNames).repSpeakers;
    return { fileName: file.name, ok: true, speakers, suggestedRep: suggested.length === 1 ? suggested[0] : null };
  } catch (error) {
    return { fileName: file.name, ok: false, error: reasonOf(error) };
  }
}

export async function importTranscriptFile(
  db: CoachDatabase,
  file: TranscriptFile,
  settings: UserSettings,
  choice: TranscriptImportChoice,
  now: number,
  newId: () => string = () => crypto.randomUUID(),
): Promise<TranscriptImportResult> {
  try {
    const parsed = await readTranscript(file);
    const callId = `import-${newId()}`;
    const title = titleOf(file.name);
    const repName = choice.repSpeaker ?? '';
    const overrides = coachOverrides(settings);
    const analysis = analyzeTranscript(parsed.cues, {
      repNames: choice.repSpeaker === null ? [] : [choice.repSpeaker],
      classifier: defaultClassifier(),
      settings: overrides,
      meta: { callId, platform: 'import', title, repName, startedAt: now },
    });
    const { report, utterances } = analysis;
    const call: CallRecord = {
      callId,
      platform: 'import',
      title,
      repName,
      startedAt: now,
      status: 'ended',
      endedAt: now + report.analysis.durationSec * 1000,
      endReason: 'imported',
      lastActivityAt: now,
      liveAnalysis: report.analysis,
      utteranceCount: utterances.length,
      coachingThemes: choice.coachingThemes,
    };
    await db.transaction('rw', [db.calls, db.utterances, db.nudges, db.reports], async () => {
      await db.calls.add(call);
      await db.utterances.bulkAdd(
        utterances.map((utterance): UtteranceRecord => ({ ...utterance, callId, self: false, capturedAt: null, final: true, revision: 1 })),
      );
      await db.nudges.bulkAdd(report.nudges.map((nudge) => ({ ...nudge, callId })));
      await db.reports.add({ ...report, callId, createdAt: now });
    });
    if (choice.coachingThemes) await rememberCall(db, callId, { now, settings: resolveCoachSettings(overrides) });
    const noRepLine = !utterances.some((utterance) => utterance.role === 'rep');
    return { fileName: file.name, ok: true, callId, title, warnings: [...parsed.warnings, ...analysis.warnings], noRepLine };
  } catch (error) {
    return { fileName: file.name, ok: false, error: reasonOf(error) };
  }
}
