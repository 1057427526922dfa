// What the Import & export page does, against the store: transcripts analyzed on this computer, JSON backups,
// deleting everything.
import type { CoachDatabase } from '../../../store/database';
import { exportBackup, importBackup, parseBackup } from '../../../store/backup';
import { deleteAllCalls } from '../../../store/call-queries';
import { importTranscriptFile, readTranscriptSpeakers, type TranscriptFile } from '../../../store/transcript-import';
import type { UserSettings } from '../../../store/user-settings';
import type { DataActions } from '../data/DataPage';

const transcriptFile = (file: File): TranscriptFile => ({ name: file.name, size: file.size, text: () => file.text() });

export function createDataActions(db: CoachDatabase, settings: () => UserSettings): DataActions {
  return {
    readTranscriptSpeakers: (file) => readTranscriptSpeakers(transcriptFile(file), settings().repNames),
    importTranscript: (file, choice) => importTranscriptFile(db, transcriptFile(file), settings(), choice, Date.now()),
    async exportJson() {
      return JSON.stringify(await exportBackup(db, Date.now()));
    },
    async importJson(file) {
      const outcome = await importBackup(db, parseBackup(await file.text()));
      return outcome.added;
    },
    deleteAll: () => deleteAllCalls(db),
  };
}
