// A model statement about an observation carries the observation's id (a rep's gap or strength, a theme across
// reps) or, for a question pattern, "pattern:<pattern key>"; the observation supplies the proof counts shown
// beside the statement.
import type { ModelStatement, Observation } from '../../../lib/memory/memory-schema';
import { observationId } from '../../../lib/memory/observations';

const PATTERN_PREFIX = 'pattern:';

export type ObservationsById = ReadonlyMap<string, Observation>;

export const indexObservations = (observations: readonly Observation[]): ObservationsById => new Map(observations.map((observation) => [observation.id, observation]));

export function observationOfStatement(statement: Pick<ModelStatement, 'id'>, observations: ObservationsById): Observation | undefined {
  const direct = observations.get(statement.id);
  if (direct) return direct;
  if (!statement.id.startsWith(PATTERN_PREFIX)) return undefined;
  return observations.get(observationId('question_pattern', null, statement.id.slice(PATTERN_PREFIX.length)));
}

/** How the UI marks a statement: its measured verdict, an honest "not enough data", or what kind of finding it is. */
export type StatementTone = 'helped' | 'not-helped' | 'not-enough-data' | 'gap' | 'strength' | 'claim';

export function toneOf(statement: Pick<ModelStatement, 'kind' | 'verdict'>, observation: Observation | undefined): StatementTone {
  if (statement.kind === 'not_enough_data') return 'not-enough-data';
  if (statement.verdict === 'helped') return 'helped';
  if (statement.verdict === 'not_helped') return 'not-helped';
  if (observation?.kind === 'gap' || observation?.kind === 'strength') return observation.kind;
  return 'claim';
}

const PER_REP_KINDS = ['gap', 'strength'] as const;

/**
 * The rep a statement is about. Per-rep statements carry the observation id (`observationId(kind, rep,
 * subject)`), so the rep is known even for an old version whose observation has since retired.
 */
export function repOfStatement(statement: Pick<ModelStatement, 'id'>): string | null {
  const kind = PER_REP_KINDS.find((candidate) => statement.id.startsWith(`${candidate}:`));
  if (!kind) return null;
  const rest = statement.id.slice(kind.length + 1);
  const subjectStart = rest.lastIndexOf(':');
  return subjectStart > 0 ? rest.slice(0, subjectStart) : null;
}
