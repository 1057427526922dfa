// The team view's file: a rep exports their memory (facts, observations, model versions) as JSON with a format
// version and their name; a manager imports several reps' files. Everything in a file is validated before
// anything is used; duplicate facts (same id) collapse to one, and the caller regenerates observations and
// models across reps from the merged facts. A file that fails any check is rejected with a readable reason.
import { z } from 'zod';
import { memoryFactSchema, mentalModelVersionSchema, observationSchema, type MemoryFact, type MentalModelVersion, type Observation } from './memory-schema';

export const MEMORY_FILE_FORMAT = 'discovery-coach-memory';
export const MEMORY_FILE_VERSION = 1;

export const MEMORY_FILE_LIMITS = {
  maxChars: 32 * 1024 * 1024,
  maxFacts: 60_000,
  maxObservations: 10_000,
  maxModelVersions: 5_000,
};

const memoryFileSchema = z
  .object({
    format: z.literal(MEMORY_FILE_FORMAT),
    formatVersion: z.literal(MEMORY_FILE_VERSION),
    repName: z.string().min(1).max(120),
    exportedAt: z.number().int().nonnegative(),
    facts: z.array(memoryFactSchema).max(MEMORY_FILE_LIMITS.maxFacts),
    observations: z.array(observationSchema).max(MEMORY_FILE_LIMITS.maxObservations),
    modelVersions: z.array(mentalModelVersionSchema).max(MEMORY_FILE_LIMITS.maxModelVersions),
  })
  .superRefine((file, context) => {
    const seen = new Set<string>();
    file.facts.forEach((fact, index) => {
      // Fact ids are built from their call id; one that is not could collide with another call's facts.
      if (!fact.id.startsWith(`${fact.callId}#`)) context.addIssue({ code: 'custom', path: ['facts', index, 'id'], message: 'does not belong to its call' });
      if (seen.has(fact.id)) context.addIssue({ code: 'custom', path: ['facts', index, 'id'], message: `repeats fact id ${fact.id}` });
      seen.add(fact.id);
    });
  });

export type MemoryFile = z.infer<typeof memoryFileSchema>;

export function exportMemoryFile(content: {
  repName: string;
  exportedAt: number;
  facts: readonly MemoryFact[];
  observations: readonly Observation[];
  modelVersions: readonly MentalModelVersion[];
}): string {
  const file: MemoryFile = {
    format: MEMORY_FILE_FORMAT,
    formatVersion: MEMORY_FILE_VERSION,
    repName: content.repName,
    exportedAt: content.exportedAt,
    facts: [...content.facts],
    observations: [...content.observations],
    modelVersions: [...content.modelVersions],
  };
  return JSON.stringify(file);
}

export type ParsedMemoryFile = { ok: true; file: MemoryFile } | { ok: false; error: string };

function versionProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'it is not a Discovery Coach memory file';
  const { format, formatVersion } = value as Record<string, unknown>;
  if (format !== MEMORY_FILE_FORMAT) return 'it is not a Discovery Coach memory file';
  if (formatVersion !== MEMORY_FILE_VERSION) return `it has format version ${String(formatVersion)}; this version of Discovery Coach reads version ${MEMORY_FILE_VERSION}`;
  return null;
}

export function parseMemoryFile(text: string): ParsedMemoryFile {
  if (text.length > MEMORY_FILE_LIMITS.maxChars) {
    return { ok: false, error: `it is ${(text.length / 1024 / 1024).toFixed(1)} MB; the limit is ${MEMORY_FILE_LIMITS.maxChars / 1024 / 1024} MB` };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: 'it is not valid JSON (the file may be damaged or cut short)' };
  }
  const problem = versionProblem(value);
  if (problem) return { ok: false, error: problem };
  const result = memoryFileSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    return { ok: false, error: `${issue?.path.join('.') || 'the file'}: ${issue?.message}` };
  }
  return { ok: true, file: result.data };
}

export type TeamImport =
  | { ok: true; facts: MemoryFact[]; addedFacts: number; reps: string[] }
  | { ok: false; errors: Array<{ name: string; error: string }> };

/**
 * Merges the facts of several files into `existing`; all files must be valid or nothing is merged. A fact id
 * already known (from memory or an earlier file) keeps its first copy.
 */
export function mergeMemoryFiles(existing: readonly MemoryFact[], files: ReadonlyArray<{ name: string; text: string }>): TeamImport {
  const parsed = files.map((file) => ({ name: file.name, result: parseMemoryFile(file.text) }));
  const errors = parsed.flatMap(({ name, result }) => (result.ok ? [] : [{ name, error: `${name} was not imported: ${result.error}` }]));
  if (errors.length > 0) return { ok: false, errors };
  const byId = new Map(existing.map((fact) => [fact.id, fact]));
  const knownBefore = byId.size;
  const reps = new Set<string>();
  for (const { result } of parsed) {
    if (!result.ok) continue;
    reps.add(result.file.repName);
    for (const fact of result.file.facts) if (!byId.has(fact.id)) byId.set(fact.id, fact);
  }
  return { ok: true, facts: [...byId.values()], addedFacts: byId.size - knownBefore, reps: [...reps].sort() };
}
