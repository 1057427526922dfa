// Upgrades from what older versions wrote, kept as fixtures in test/fixtures/exports/ (never regenerated: each is
// what its version wrote; a new version adds a file):
// - database-v<N>.json: the records of a database written by schema version N (a finished Meet call with its lines,
//   nudges and report); the test writes them with that schema, then opens the database with the current one (the
//   first schema is required; later ones are added when a schema change touches existing records);
// - backup-v<N>.json: a backup export of format version N (store/backup.ts);
// - memory-v<N>.json: a team memory file of format version N (lib/memory/team-exchange.ts).
// Every backup and memory format from 1 to the current one must have its file, and every file must come through whole.
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MEMORY_FILE_VERSION } from '../lib/memory/team-exchange';
import { BACKUP_VERSION, importBackup, parseBackup } from './backup';
import { CoachDatabase, CURRENT_SCHEMA_VERSION, declareSchema, SCHEMA_VERSIONS } from './database';
import { importMemory, rememberCall } from './memory-store';
import { callRecordSchema, storedReportSchema, storedUtteranceSchema } from './record-schemas';
import { freshDatabase } from './test-support';

const FIXTURES = path.resolve(import.meta.dirname, '../test/fixtures/exports');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const versionsOf = (prefix: string) =>
  readdirSync(FIXTURES)
    .map((name) => new RegExp(`^${prefix}-v(\\d+)\\.json$`).exec(name)?.[1])
    .filter((version): version is string => version !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
const upTo = (current: number) => Array.from({ length: current }, (_, index) => index + 1);

type V1Tables = Record<'calls' | 'utterances' | 'nudges' | 'reports', Array<Record<string, unknown>>>;

describe('fixtures of every version', () => {
  it('exist for the first schema and for every backup and memory file version up to the current one', () => {
    expect(versionsOf('database')[0]).toBe(1);
    expect(versionsOf('database').every((version) => version <= CURRENT_SCHEMA_VERSION)).toBe(true);
    expect(versionsOf('backup')).toEqual(upTo(BACKUP_VERSION));
    expect(versionsOf('memory')).toEqual(upTo(MEMORY_FILE_VERSION));
  });
});

describe('a database written by an older schema', () => {
  for (const version of versionsOf('database')) {
    it(`written by schema ${version} (a call with lines, nudges and report) opens at schema ${CURRENT_SCHEMA_VERSION} with every record intact`, async () => {
      const { schemaVersion, tables } = JSON.parse(fixture(`database-v${version}.json`)) as { schemaVersion: number; tables: V1Tables };
      expect(schemaVersion).toBe(version);
      expect(tables.utterances.length).toBeGreaterThan(10);
      expect(tables.nudges.length).toBeGreaterThan(0);
      expect(tables.reports).toHaveLength(1);

      const indexedDB = new IDBFactory();
      const old = new Dexie('discovery-coach', { indexedDB, IDBKeyRange });
      declareSchema(old, SCHEMA_VERSIONS.filter((entry) => entry.version <= version));
      await old.transaction('rw', Object.keys(tables), async () => {
        for (const [name, records] of Object.entries(tables)) await old.table(name).bulkAdd(records);
      });
      old.close();

      const db = new CoachDatabase('discovery-coach', { indexedDB, IDBKeyRange });
      await db.open();
      expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
      const byKey = (records: readonly object[]) => [...records].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
      // Schema 3 wrote out whether each call feeds Coaching Themes (a live call did, an imported one did not).
      const withThemes = tables.calls.map((call) => ({ ...call, coachingThemes: call.coachingThemes ?? call.platform !== 'import' }));
      expect(byKey(await db.calls.toArray())).toEqual(byKey(withThemes));
      expect(byKey(await db.utterances.toArray())).toEqual(byKey(tables.utterances));
      expect(byKey(await db.nudges.toArray())).toEqual(byKey(tables.nudges));
      expect(byKey(await db.reports.toArray())).toEqual(byKey(tables.reports));
      // The indexes the pages query by still find them.
      const callId = tables.calls[0].callId as string;
      expect(await db.utterances.where('[callId+startSec]').between([callId, -Infinity], [callId, Infinity]).count()).toBe(tables.utterances.length);
      expect(await db.calls.where('status').equals('ended').count()).toBe(1);
      // And the upgraded call works with what came later: the coaching memory can learn from it.
      expect(await rememberCall(db, callId, { now: 1_760_001_000_000 })).toMatchObject({ remembered: true, callId });
      expect(await db.facts.where('callId').equals(callId).count()).toBeGreaterThan(0);
      db.close();
    });
  }
});

describe('export files of every version', () => {
  for (const version of versionsOf('backup')) {
    it(`backup format ${version} imports whole into an empty store`, async () => {
      const text = fixture(`backup-v${version}.json`);
      const file = JSON.parse(text) as { version: number; calls: Array<{ call: Record<string, unknown>; utterances: unknown[]; nudges: unknown[]; report: unknown }> };
      expect(file.version).toBe(version);
      const db = freshDatabase();
      expect(await importBackup(db, parseBackup(text))).toEqual({ added: file.calls.length, skippedExisting: 0 });
      for (const entry of file.calls) {
        const callId = entry.call.callId as string;
        expect(await db.calls.get(callId)).toEqual(entry.call);
        const lines = await db.utterances.where('callId').equals(callId).toArray();
        expect(lines.map(({ callId: _callId, ...line }) => line)).toEqual(expect.arrayContaining(entry.utterances));
        expect(lines).toHaveLength(entry.utterances.length);
        expect(await db.nudges.where('callId').equals(callId).count()).toBe(entry.nudges.length);
        const { callId: _reportCallId, ...report } = (await db.reports.get(callId))!;
        expect(report).toEqual(entry.report);
        expect(callRecordSchema.safeParse(entry.call).success).toBe(true);
        expect(storedReportSchema.safeParse(report).success).toBe(true);
        for (const line of lines.map(({ callId: _callId, ...rest }) => rest)) expect(storedUtteranceSchema.safeParse(line).success).toBe(true);
      }
    });
  }

  for (const version of versionsOf('memory')) {
    it(`team memory format ${version} imports every fact, and the models are rebuilt from them`, async () => {
      const text = fixture(`memory-v${version}.json`);
      const file = JSON.parse(text) as { formatVersion: number; facts: Array<{ id: string }>; modelVersions: unknown[] };
      expect(file.formatVersion).toBe(version);
      expect(file.facts.length).toBeGreaterThan(5);
      const db = freshDatabase();
      expect(await importMemory(db, [{ name: `memory-v${version}.json`, text }], 1_760_002_000_000)).toEqual({ ok: true, addedFacts: file.facts.length, reps: ['Jordan Ellis'] });
      const facts = await db.facts.toArray();
      expect([...facts].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...file.facts].sort((a, b) => a.id.localeCompare(b.id)));
      expect(await db.observations.count()).toBeGreaterThan(0);
      expect(await db.mentalModels.count()).toBeGreaterThan(0);
    });
  }
});
