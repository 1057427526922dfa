// Imports a past call from a transcript file (WebVTT, "[hh:mm:ss] Speaker: text" or "Speaker: text"): analyzed on
// this computer by the same engine as live calls, then stored like a finished call. A file that cannot be read
// gives a one-line reason and stores nothing.
import { defaultClassifier } from '../lib/classifier';
import { analyzeTranscript } from '../lib/engine/analyze-transcript';
import { METHODOLOGY } from '../lib/engine/methodology';
import { MAX_TRANSCRIPT_BYTES, parseTranscript, TranscriptError } from '../lib/transcript';
import type { CoachDatabase } from './database';
import type { CallRecord, UtteranceRecord } from './records';
import { coachOverrides, type UserSettings } from './user-settings';

export interface TranscriptFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

export type TranscriptImportResult = { fileName: string; ok: true; callId: string; title: string; warnings: string[] } | { fileName: string; ok: false; error: string };

const titleOf = (fileName: string) => fileName.replace(/\.(vtt|txt|srt)$/i, '').slice(0, 200) || 'Imported call';

export async function importTranscriptFile(
  db: CoachDatabase,
  file: TranscriptFile,
  settings: UserSettings,
  now: number,
  newId: () => string = () => crypto.randomUUID(),
): Promise<TranscriptImportResult> {
  try {
    if (file.size > MAX_TRANSCRIPT_BYTES) throw new TranscriptError('too-large', `the file is larger than ${MAX_TRANSCRIPT_BYTES / 1024 / 1024} MB`);
    const parsed = parseTranscript(await file.text(), { wordsPerSecond: METHODOLOGY.thresholds.speech.wordsPerSecond });
    const callId = `import-${newId()}`;
    const title = titleOf(file.name);
    const repName = settings.repNames[0] ?? '';
    const analysis = analyzeTranscript(parsed.cues, {
      repNames: settings.repNames,
      classifier: defaultClassifier(),
      settings: coachOverrides(settings),
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
    };
    await db.transaction('rw', [db.calls, db.utterances, db.nudges, db.reports], async () => {
      await db.calls.add(call);
      await db.utterances.bulkAdd(
        utterances.map((utterance): UtteranceRecord => ({ ...utterance, callId, self: false, capturedAt: null, final: true, revision: 1 })),
      );
      await db.nudges.bulkAdd(report.nudges.map((nudge) => ({ ...nudge, callId })));
      await db.reports.add({ ...report, callId, createdAt: now });
    });
    return { fileName: file.name, ok: true, callId, title, warnings: [...parsed.warnings, ...analysis.warnings] };
  } catch (error) {
    const reason = error instanceof TranscriptError ? error.message : `could not import it (${error instanceof Error ? error.message : String(error)})`;
    return { fileName: file.name, ok: false, error: reason };
  }
}
