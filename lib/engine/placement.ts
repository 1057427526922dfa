// Places a caption revision on the call's timeline: who is speaking in which role, and when, in seconds
// from the call start.
import type { Role, Utterance, UtteranceRevision } from '../types';
import type { Thresholds } from './methodology';
import { speakingEndSec } from './speech-timing';

/** The rep is the local user ("You") or anyone named in `repNames`, compared without case. */
export function roleOf(revision: Pick<UtteranceRevision, 'self' | 'speaker'>, repNames: ReadonlySet<string>): Role {
  return revision.self || repNames.has(revision.speaker.trim().toLowerCase()) ? 'rep' : 'buyer';
}

export function normalizedRepNames(names: readonly string[] = []): Set<string> {
  return new Set(names.map((name) => name.trim().toLowerCase()).filter((name) => name.length > 0));
}

export function placeRevision(
  revision: UtteranceRevision,
  callStartedAt: number,
  repNames: ReadonlySet<string>,
  speech: Thresholds['speech'],
): Utterance {
  const startSec = Math.max((revision.startedAt - callStartedAt) / 1000, 0);
  const lastSeenSec = Math.max((revision.updatedAt - callStartedAt) / 1000, startSec);
  return {
    id: revision.id,
    speaker: revision.speaker,
    role: roleOf(revision, repNames),
    text: revision.text,
    startSec,
    endSec: speakingEndSec(revision.text, startSec, lastSeenSec, speech),
    settled: revision.final,
  };
}
