// Export of everything stored as one JSON document, and its import. An import never touches what is already
// stored: a call whose id exists is skipped, and a file that does not validate as a whole is refused before
// anything is written.
import { z } from 'zod';
import type { CoachDatabase } from './database';
import type { CallRecord, NudgeRecord, ReportRecord, UtteranceRecord } from './records';
import { callRecordSchema, nudgeSchema, storedReportSchema, storedUtteranceSchema } from './record-schemas';

export const BACKUP_FORMAT = 'discovery-coach-backup';
export const BACKUP_VERSION = 1;
/** Larger files are refused unread: a year of daily calls is far below this. */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;
const MAX_CALLS = 20_000;
const MAX_LINES_PER_CALL = 50_000;

const backupCallSchema = z.object({
  call: callRecordSchema,
  utterances: z.array(storedUtteranceSchema).max(MAX_LINES_PER_CALL),
  nudges: z.array(nudgeSchema).max(1_000),
  report: storedReportSchema.nullable(),
});

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.number().finite(),
  calls: z.array(backupCallSchema).max(MAX_CALLS),
});

export type Backup = z.infer<typeof backupSchema>;

export class BackupError extends Error {
  override name = 'BackupError';
}

function strip<T extends { callId: string }>(record: T): Omit<T, 'callId'> {
  const { callId: _callId, ...rest } = record;
  return rest;
}

export async function exportBackup(db: CoachDatabase, now: number): Promise<Backup> {
  return db.transaction('r', [db.calls, db.utterances, db.nudges, db.reports], async () => {
    const [calls, utterances, nudges, reports] = await Promise.all([db.calls.toArray(), db.utterances.toArray(), db.nudges.toArray(), db.reports.toArray()]);
    const group = <T extends { callId: string }>(records: T[]) => {
      const byCall = new Map<string, T[]>();
      for (const record of records) byCall.set(record.callId, [...(byCall.get(record.callId) ?? []), record]);
      return byCall;
    };
    const utterancesByCall = group(utterances);
    const nudgesByCall = group(nudges);
    const reportByCall = new Map(reports.map((report) => [report.callId, report]));
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: now,
      calls: calls.map((call) => {
        const report = reportByCall.get(call.callId);
        return {
          call,
          utterances: (utterancesByCall.get(call.callId) ?? []).map(strip),
          nudges: (nudgesByCall.get(call.callId) ?? []).map(strip),
          report: report ? strip(report) : null,
        };
      }),
    } as Backup;
  });
}

/** Parses a backup file's text; throws BackupError with a one-line reason when it is not one we can import. */
export function parseBackup(text: string): Backup {
  if (text.length > MAX_BACKUP_BYTES) throw new BackupError(`the file is larger than ${MAX_BACKUP_BYTES / 1024 / 1024} MB`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new BackupError('the file is not valid JSON (it may be truncated)');
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== BACKUP_FORMAT) {
    throw new BackupError('this is not a Discovery Coach export');
  }
  const version = (raw as { version?: unknown }).version;
  if (version !== BACKUP_VERSION) throw new BackupError(`export version ${String(version)} is not supported (this version reads ${BACKUP_VERSION})`);
  const parsed = backupSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BackupError(`the export is damaged at ${issue?.path.join('.') || 'its top level'}: ${issue?.message}`);
  }
  return parsed.data;
}

export interface ImportOutcome {
  added: number;
  skippedExisting: number;
}

/** Adds the backup's calls that are not stored yet, each with its lines, nudges and report, in one transaction. */
export async function importBackup(db: CoachDatabase, backup: Backup): Promise<ImportOutcome> {
  return db.transaction('rw', [db.calls, db.utterances, db.nudges, db.reports], async () => {
    const existing = new Set(await db.calls.toCollection().primaryKeys());
    const seenInFile = new Set<string>();
    let added = 0;
    let skippedExisting = 0;
    for (const entry of backup.calls) {
      const callId = entry.call.callId;
      if (existing.has(callId) || seenInFile.has(callId)) {
        skippedExisting++;
        continue;
      }
      seenInFile.add(callId);
      // A call that was live when exported can no longer be: it is imported as ended where its data stops.
      const call: CallRecord = entry.call.status === 'live' ? { ...entry.call, status: 'ended-unexpectedly', endedAt: entry.call.lastActivityAt, endReason: 'imported' } : entry.call;
      await db.calls.add(call);
      await db.utterances.bulkPut(entry.utterances.map((utterance): UtteranceRecord => ({ ...utterance, callId })));
      await db.nudges.bulkPut(entry.nudges.map((nudge): NudgeRecord => ({ ...nudge, callId })));
      if (entry.report) await db.reports.put({ ...entry.report, callId } as ReportRecord);
      added++;
    }
    return { added, skippedExisting };
  });
}
