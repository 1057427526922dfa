// The extension's IndexedDB database (Dexie). It lives in the extension's origin only: the background writes
// what content scripts report, and the popup and options page read it with useLiveQuery. Every schema change is
// a new entry in SCHEMA_VERSIONS with its upgrade; database.test.ts opens a database written by every older
// version and checks that the current one keeps its data.
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { MemoryFact, MentalModelVersion, Observation } from '../lib/memory/memory-schema';
import { feedsCoachingThemes, type CallRecord, type NudgeRecord, type ReportRecord, type UtteranceRecord } from './records';

export const DATABASE_NAME = 'discovery-coach';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (transaction: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      calls: 'callId, startedAt, status, platform',
      utterances: '[callId+id], callId, [callId+startSec]',
      nudges: '[callId+id], callId',
      reports: 'callId',
    },
  },
  {
    version: 2,
    stores: {
      facts: 'id, callId, repName, kind',
      observations: 'id, kind, status, repName',
      mentalModels: '[modelId+version], modelId',
    },
  },
  {
    // Calls say whether they feed Coaching Themes: written out as memory held them until now (live calls did,
    // imported ones did not), so the choice each call shows is what its themes contain.
    version: 3,
    stores: {},
    upgrade: async (transaction) => {
      await transaction
        .table<CallRecord>('calls')
        .toCollection()
        .modify((call) => {
          call.coachingThemes ??= feedsCoachingThemes(call);
        });
    },
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version;

/** Declares the given schema versions on a Dexie instance (all of them for the real database). */
export function declareSchema(db: Dexie, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS): void {
  for (const { version, stores, upgrade } of versions) {
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
}

export class CoachDatabase extends Dexie {
  calls!: EntityTable<CallRecord, 'callId'>;
  utterances!: Dexie.Table<UtteranceRecord, [string, string]>;
  nudges!: Dexie.Table<NudgeRecord, [string, string]>;
  reports!: EntityTable<ReportRecord, 'callId'>;
  facts!: EntityTable<MemoryFact, 'id'>;
  observations!: EntityTable<Observation, 'id'>;
  mentalModels!: Dexie.Table<MentalModelVersion, [string, number]>;

  constructor(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    declareSchema(this);
  }
}

let shared: CoachDatabase | undefined;

/** The one database of this extension context, opened lazily. */
export function coachDatabase(): CoachDatabase {
  shared ??= new CoachDatabase();
  return shared;
}
