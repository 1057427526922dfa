// Memory in IndexedDB: the facts retained from each call, the observations consolidated from them (with their
// histories) and every version of the two mental models. `rememberCall` turns one stored call into memory in a
// single transaction; `readMemory` is what the options page and popup show; the team file moves memory between
// a rep and their manager.
import Dexie from 'dexie';
import type { CoachSettings } from '../lib/engine/settings';
import { latestVersions } from '../lib/memory/mental-models';
import type { MemoryFact, MentalModelVersion, ModelId, Observation } from '../lib/memory/memory-schema';
import { MODEL_IDS } from '../lib/memory/memory-schema';
import { MEMORY_SEEDS, type MemorySeeds } from '../lib/memory/memory-seeds';
import { nextThemesByRep, type NextTheme } from '../lib/memory/next-theme';
import { isShown } from '../lib/memory/observations';
import { callCountOf, rebuildMemory } from '../lib/memory/remember';
import { retainCall } from '../lib/memory/retain';
import { exportMemoryFile, mergeMemoryFiles } from '../lib/memory/team-exchange';
import type { LabeledUtterance } from '../lib/types';
import type { CoachDatabase } from './database';
import type { UtteranceRecord } from './records';

export interface RememberOptions {
  now: number;
  /** The settings the call was coached with; the engine's defaults when absent. */
  settings?: CoachSettings;
  seeds?: MemorySeeds;
}

export type RememberResult =
  | { remembered: true; callId: string; facts: number; observations: number; newModelVersions: Array<{ modelId: ModelId; version: number }> }
  | { remembered: false; callId: string; reason: 'unknown-call' | 'still-live' | 'no-report' };

const memoryTables = (db: CoachDatabase) => [db.facts, db.observations, db.mentalModels];

function asLabeled(record: UtteranceRecord): LabeledUtterance {
  const { id, speaker, role, text, startSec, endSec, label } = record;
  return { id, speaker, role, text, startSec, endSec, label };
}

async function storedLatestVersions(db: CoachDatabase): Promise<MentalModelVersion[]> {
  const latest = await Promise.all(
    MODEL_IDS.map((modelId) => db.mentalModels.where('[modelId+version]').between([modelId, Dexie.minKey], [modelId, Dexie.maxKey]).last()),
  );
  return latest.filter((version): version is MentalModelVersion => version !== undefined);
}

/** Rebuilds observations and appends changed model versions from every stored fact. Call inside a transaction. */
async function consolidateStored(db: CoachDatabase, now: number, afterCallId: string | null, seeds: MemorySeeds) {
  const facts = await db.facts.toArray();
  const { observations, newVersions } = rebuildMemory(facts, await storedLatestVersions(db), { now, afterCallId }, seeds);
  await db.observations.clear();
  await db.observations.bulkPut(observations);
  await db.mentalModels.bulkAdd(newVersions);
  return { observations, newVersions };
}

/** Remembers a finished call (again, if it was already): its old facts are replaced, never duplicated. */
export async function rememberCall(db: CoachDatabase, callId: string, options: RememberOptions): Promise<RememberResult> {
  const seeds = options.seeds ?? MEMORY_SEEDS;
  return db.transaction('rw', [db.calls, db.utterances, db.reports, ...memoryTables(db)], async () => {
    const call = await db.calls.get(callId);
    if (!call) return { remembered: false, callId, reason: 'unknown-call' } as const;
    if (call.status === 'live') return { remembered: false, callId, reason: 'still-live' } as const;
    const report = await db.reports.get(callId);
    if (!report) return { remembered: false, callId, reason: 'no-report' } as const;
    const utterances = await db.utterances.where('callId').equals(callId).toArray();
    const facts = retainCall({ meta: call, utterances: utterances.map(asLabeled), report, settings: options.settings }, seeds);
    await db.facts.where('callId').equals(callId).delete();
    await db.facts.bulkPut(facts);
    const { observations, newVersions } = await consolidateStored(db, options.now, callId, seeds);
    return {
      remembered: true,
      callId,
      facts: facts.length,
      observations: observations.length,
      newModelVersions: newVersions.map(({ modelId, version }) => ({ modelId, version })),
    } as const;
  });
}

/** Drops what memory learned from a call (when the call is deleted) and regenerates the rest. */
export async function forgetCall(db: CoachDatabase, callId: string, now: number, seeds: MemorySeeds = MEMORY_SEEDS): Promise<void> {
  await db.transaction('rw', memoryTables(db), async () => {
    await db.facts.where('callId').equals(callId).delete();
    await consolidateStored(db, now, null, seeds);
  });
}

/** Stores whether a call feeds Coaching Themes, and has memory learn from it or drop what it learned. */
export async function setCoachingThemes(db: CoachDatabase, callId: string, include: boolean, options: RememberOptions): Promise<void> {
  await db.transaction('rw', [db.calls, db.utterances, db.reports, ...memoryTables(db)], async () => {
    await db.calls.update(callId, { coachingThemes: include });
    if (include) await rememberCall(db, callId, options);
    else await forgetCall(db, callId, options.now, options.seeds);
  });
}

export interface ModelVersionSummary {
  modelId: ModelId;
  version: number;
  generatedAt: number;
  afterCallId: string | null;
  basedOnCalls: number;
}

export interface MemoryView {
  /** Calls memory has facts for (imported calls included). */
  callCount: number;
  reps: string[];
  /** Observations people may see: stable and weakening ones (flagged by `status`), never candidates. */
  observations: Observation[];
  /** The latest version of each mental model. */
  models: MentalModelVersion[];
  /** Every stored version, newest first, to browse how the models changed. */
  modelHistory: ModelVersionSummary[];
  /** Per rep, the one theme to work on next (null until a gap has recurred). */
  nextThemes: Array<{ repName: string; next: NextTheme | null }>;
}

export async function readMemory(db: CoachDatabase, seeds: MemorySeeds = MEMORY_SEEDS): Promise<MemoryView> {
  return db.transaction('r', memoryTables(db), async () => {
    const [facts, observations, versions] = await Promise.all([db.facts.toArray(), db.observations.toArray(), db.mentalModels.toArray()]);
    const modelHistory = versions
      .map(({ modelId, version, generatedAt, afterCallId, basedOnCalls }) => ({ modelId, version, generatedAt, afterCallId, basedOnCalls }))
      .sort((a, b) => b.generatedAt - a.generatedAt || b.version - a.version || (a.modelId < b.modelId ? -1 : 1));
    const nextThemes = nextThemesByRep(facts, observations, seeds);
    const latest = latestVersions(versions);
    return {
      callCount: callCountOf(facts),
      reps: nextThemes.map((entry) => entry.repName),
      observations: observations.filter(isShown),
      models: MODEL_IDS.flatMap((modelId) => latest.get(modelId) ?? []),
      modelHistory,
      nextThemes,
    };
  });
}

export async function readModelVersion(db: CoachDatabase, modelId: ModelId, version: number): Promise<MentalModelVersion | undefined> {
  return db.mentalModels.get([modelId, version]);
}

/** The team file for everything in this memory, labeled with the exporting rep's name. */
export async function exportMemory(db: CoachDatabase, repName: string, now: number): Promise<string> {
  return db.transaction('r', memoryTables(db), async () => {
    const [facts, observations, modelVersions] = await Promise.all([db.facts.toArray(), db.observations.toArray(), db.mentalModels.toArray()]);
    return exportMemoryFile({ repName, exportedAt: now, facts, observations, modelVersions });
  });
}

export type ImportResult = { ok: true; addedFacts: number; reps: string[] } | { ok: false; errors: string[] };

/** Imports reps' team files; if any file is rejected nothing is imported and every reason is returned. */
export async function importMemory(
  db: CoachDatabase,
  files: ReadonlyArray<{ name: string; text: string }>,
  now: number,
  seeds: MemorySeeds = MEMORY_SEEDS,
): Promise<ImportResult> {
  return db.transaction('rw', memoryTables(db), async () => {
    const existing: MemoryFact[] = await db.facts.toArray();
    const merged = mergeMemoryFiles(existing, files);
    if (!merged.ok) return { ok: false, errors: merged.errors.map((entry) => entry.error) } as const;
    const known = new Set(existing.map((fact) => fact.id));
    await db.facts.bulkPut(merged.facts.filter((fact) => !known.has(fact.id)));
    await consolidateStored(db, now, null, seeds);
    return { ok: true, addedFacts: merged.addedFacts, reps: merged.reps } as const;
  });
}
