// Files the rep or a manager imports — the full backup (store/backup.ts) and the team memory file
// (lib/memory/team-exchange.ts via store/memory-store.ts) — randomly damaged: cut short, fields changed to random
// values, keys dropped, the version changed, strings blown up past their caps, call ids crafted to collide with what
// is stored. Each is either refused with a one-line reason, or imported without changing a single record that was
// there before, leaving only records that read back valid.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { BackupError, exportBackup, importBackup, parseBackup } from '../../store/backup';
import type { CoachDatabase } from '../../store/database';
import { exportMemory, importMemory } from '../../store/memory-store';
import { callRecordSchema, storedReportSchema, storedUtteranceSchema } from '../../store/record-schemas';
import { freshDatabase } from '../../store/test-support';
import { firstLines, seedLines, seedScript, storeFinishedCall } from './stored-calls';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Tables = Record<'calls' | 'utterances' | 'nudges' | 'reports' | 'facts' | 'observations' | 'mentalModels', unknown[]>;

const TABLES = ['calls', 'utterances', 'nudges', 'reports', 'facts', 'observations', 'mentalModels'] as const;

async function dump(db: CoachDatabase): Promise<Tables> {
  const entries = await Promise.all(TABLES.map(async (name) => [name, await db.table(name).toArray()] as const));
  return Object.fromEntries(entries) as Tables;
}

async function restore(tables: Tables): Promise<CoachDatabase> {
  const db = freshDatabase();
  await db.transaction('rw', TABLES.map((name) => db.table(name)), async () => {
    for (const name of TABLES) await db.table(name).bulkAdd(tables[name]);
  });
  return db;
}

/** Every record stored before is still there, unchanged. */
function expectUntouched(before: Tables, after: Tables, tables: readonly (keyof Tables)[]) {
  for (const name of tables) for (const record of before[name]) expect(after[name]).toContainEqual(record);
}

function paths(value: Json, at: Array<string | number> = []): Array<Array<string | number>> {
  const here = [at];
  if (Array.isArray(value)) return [...here, ...value.flatMap((item, i) => paths(item, [...at, i]))];
  if (value !== null && typeof value === 'object') return [...here, ...Object.entries(value).flatMap(([key, item]) => paths(item, [...at, key]))];
  return here;
}

function edit(value: Json, at: Array<string | number>, change: (old: Json, parent: Json) => Json | undefined): Json {
  if (at.length === 0) return change(value, null) ?? null;
  const [head, ...rest] = at;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, Json>;
  if (rest.length === 0) {
    const next = change(copy[head], value);
    if (next === undefined) {
      if (Array.isArray(copy)) (copy as unknown as Json[]).splice(head as number, 1);
      else delete copy[head];
    } else copy[head] = next;
  } else copy[head] = edit(copy[head], rest, change);
  return copy as Json;
}

type Mutation =
  | { kind: 'replace'; pick: number; value: Json }
  | { kind: 'drop'; pick: number }
  | { kind: 'inflate'; pick: number; chars: number }
  | { kind: 'version'; value: Json }
  | { kind: 'collide'; pick: number; callId: string }
  | { kind: 'duplicate'; pick: number };

const mutation = (collidingIds: string[]): fc.Arbitrary<Mutation> =>
  fc.oneof(
    fc.record({ kind: fc.constant('replace' as const), pick: fc.nat(), value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json> }),
    fc.record({ kind: fc.constant('drop' as const), pick: fc.nat() }),
    fc.record({ kind: fc.constant('inflate' as const), pick: fc.nat(), chars: fc.constantFrom(201, 501, 2_001, 20_001, 200_001) }),
    fc.record({ kind: fc.constant('version' as const), value: fc.constantFrom<Json>(0, 2, 99, '1', null, 1.5, -1) }),
    fc.record({ kind: fc.constant('collide' as const), pick: fc.nat(), callId: fc.constantFrom(...collidingIds) }),
    fc.record({ kind: fc.constant('duplicate' as const), pick: fc.nat() }),
  );

function apply(file: Json, change: Mutation, listKey: 'calls' | 'facts', versionKey: 'version' | 'formatVersion'): Json {
  const all = paths(file).filter((at) => at.length > 0);
  switch (change.kind) {
    case 'replace':
      return edit(file, all[change.pick % all.length], () => change.value);
    case 'drop':
      return edit(file, all[change.pick % all.length], () => undefined);
    case 'inflate': {
      const strings = all.filter((at) => typeof at.reduce<Json>((node, key) => (node as Record<string, Json>)?.[key] ?? null, file) === 'string');
      return strings.length === 0 ? file : edit(file, strings[change.pick % strings.length], (old) => `${old}${'x'.repeat(change.chars)}`);
    }
    case 'version':
      return edit(file, [versionKey], () => change.value);
    case 'collide': {
      const list = (file as Record<string, Json[]>)[listKey];
      if (!Array.isArray(list) || list.length === 0) return file;
      const index = change.pick % list.length;
      return listKey === 'calls'
        ? edit(file, ['calls', index, 'call', 'callId'], () => change.callId)
        : edit(file, ['facts', index], (old) => ({ ...(old as object), id: `${change.callId}#b-next_step`, callId: change.callId }));
    }
    case 'duplicate': {
      const list = (file as Record<string, Json[]>)[listKey];
      if (!Array.isArray(list) || list.length === 0) return file;
      return edit(file, [listKey], () => [...list, list[change.pick % list.length]]);
    }
  }
}

/** Random damage, or only crafted collisions (ids taken here, entries repeated), which a valid file can carry. */
const changes = (collidingIds: string[]) =>
  fc.oneof(
    fc.array(mutation(collidingIds), { minLength: 1, maxLength: 3 }),
    fc.array(
      fc.oneof(
        fc.record({ kind: fc.constant('collide' as const), pick: fc.nat(), callId: fc.constantFrom(...collidingIds) }),
        fc.record({ kind: fc.constant('duplicate' as const), pick: fc.nat() }),
      ),
      { minLength: 1, maxLength: 3 },
    ),
  );

const damagedText = (valid: string, mutations: fc.Arbitrary<Mutation[]>, listKey: 'calls' | 'facts', versionKey: 'version' | 'formatVersion') =>
  fc.oneof(
    { weight: 1, arbitrary: fc.nat({ max: valid.length - 1 }).map((cut) => valid.slice(0, cut)) },
    { weight: 6, arbitrary: mutations.map((changes) => JSON.stringify(changes.reduce<Json>((file, change) => apply(file, change, listKey, versionKey), JSON.parse(valid) as Json))) },
  );

export const IMPORT_RUNS = { backup: 250, memory: 250 };

let backupText: string;
let memoryText: string;
let stored: Tables;

beforeAll(async () => {
  // What was exported (on another computer): two calls, one whose id is also stored here with other content.
  const source = freshDatabase();
  await storeFinishedCall(source, 'call-shared-id', seedScript('short-smoke'), 1_800_000_000_000);
  await storeFinishedCall(source, 'call-exported', firstLines(seedScript('demo-discovery'), 24), 1_800_000_600_000);
  backupText = JSON.stringify(await exportBackup(source, 1_800_001_000_000));
  memoryText = await exportMemory(source, 'Jordan Ellis', 1_800_001_000_000);
  // What is stored here already.
  const target = freshDatabase();
  await storeFinishedCall(target, 'call-shared-id', seedLines('demo-discovery', 30, 40), 1_700_000_000_000);
  await storeFinishedCall(target, 'call-here', seedLines('demo-discovery', 60, 20), 1_700_000_600_000);
  stored = await dump(target);
}, 60_000);

describe('imports of damaged and crafted files', () => {
  it(`backup: refused with a reason, or merged without touching stored calls (${IMPORT_RUNS.backup} files)`, async () => {
    expect(stored.calls).toHaveLength(2);
    await fc.assert(
      fc.asyncProperty(damagedText(backupText, changes(['call-shared-id', 'call-here']), 'calls', 'version'), async (text) => {
        const db = await restore(stored);
        let outcome = 'refused';
        try {
          const backup = parseBackup(text);
          const result = await importBackup(db, backup);
          outcome = `added ${result.added}`;
        } catch (error) {
          expect(error).toBeInstanceOf(BackupError);
          expect((error as Error).message).not.toMatch(/[\r\n]/);
        }
        const after = await dump(db);
        expectUntouched(stored, after, TABLES);
        if (outcome === 'refused') expect(after.calls).toHaveLength(stored.calls.length);
        for (const call of after.calls) {
          expect(callRecordSchema.safeParse(call).success).toBe(true);
          expect((call as { status: string }).status).not.toBe('live');
        }
        for (const { callId: _callId, ...line } of after.utterances as Array<{ callId: string }>) expect(storedUtteranceSchema.safeParse(line).success).toBe(true);
        for (const { callId: _callId, ...report } of after.reports as Array<{ callId: string }>) expect(storedReportSchema.safeParse(report).success).toBe(true);
      }),
      { numRuns: IMPORT_RUNS.backup },
    );
  }, 120_000);

  it('backup: the undamaged file adds the new call and skips the one whose id is taken', async () => {
    const db = await restore(stored);
    expect(await importBackup(db, parseBackup(backupText))).toEqual({ added: 1, skippedExisting: 1 });
    expectUntouched(stored, await dump(db), TABLES);
  });

  it(`team memory file: refused with a reason and nothing changed, or its new facts added and every stored fact kept (${IMPORT_RUNS.memory} files)`, async () => {
    expect(stored.facts.length).toBeGreaterThan(0);
    await fc.assert(
      fc.asyncProperty(damagedText(memoryText, changes(['call-shared-id', 'call-here']), 'facts', 'formatVersion'), async (text) => {
        const db = await restore(stored);
        const result = await importMemory(db, [{ name: 'alex.json', text }], 1_800_002_000_000);
        const after = await dump(db);
        if (!result.ok) {
          expect(result.errors).toHaveLength(1);
          expect(result.errors[0]).toMatch(/^alex\.json was not imported: \S/);
          expect(result.errors[0]).not.toMatch(/[\r\n]/);
          expect(after).toEqual(stored);
          return;
        }
        expectUntouched(stored, after, ['calls', 'utterances', 'nudges', 'reports', 'facts']);
        expect(after.facts.length).toBe(stored.facts.length + result.addedFacts);
      }),
      { numRuns: IMPORT_RUNS.memory },
    );
  }, 120_000);
});
