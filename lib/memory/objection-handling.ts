// How the rep met a buyer objection, read from the rep's next lines: a clarifying question (AECR's "clarify"),
// an acknowledgement, a pitch, some other answer, or nothing. Acknowledging and then asking counts as clarifying.
import type { ObjectionMoment } from '../engine/analysis-types';
import type { CompiledCues } from '../engine/methodology';
import { isRepQuestion } from '../engine/questions';
import type { LabeledUtterance } from '../types';
import type { ObjectionHandling } from './memory-schema';
import type { RetainSeeds } from './memory-seeds';

export interface ObjectionResponse {
  handling: ObjectionHandling;
  /** The rep lines read as the response (empty when the rep said nothing in time). */
  responseLines: LabeledUtterance[];
}

export function compileAcknowledgeCues(seeds: RetainSeeds['objectionResponse']): RegExp[] {
  return seeds.acknowledge.map((source) => new RegExp(source, 'i'));
}

export function responseToObjection(
  objection: ObjectionMoment,
  utterances: readonly LabeledUtterance[],
  seeds: RetainSeeds['objectionResponse'],
  acknowledgeCues: RegExp[],
  questionCues: CompiledCues,
): ObjectionResponse {
  const start = utterances.findIndex((utterance) => utterance.id === objection.utteranceId);
  const responseLines: LabeledUtterance[] = [];
  for (let index = start + 1; start >= 0 && index < utterances.length; index++) {
    const line = utterances[index];
    if (line.startSec > objection.atSec + seeds.lookAheadSec || responseLines.length >= seeds.lookAheadRepLines) break;
    if (line.role === 'rep') responseLines.push(line);
  }
  const first = responseLines[0];
  if (!first) return { handling: 'unanswered', responseLines };
  const isPitch = (line: LabeledUtterance) => line.label.role === 'rep' && line.label.act === 'pitch';
  // As in the debrief: a pitch phrased as a question ("Want to see the dashboard?") does not clarify.
  const clarifies = (line: LabeledUtterance) => isRepQuestion(line, questionCues) && !isPitch(line);
  if (clarifies(first)) return { handling: 'clarified', responseLines };
  const acknowledged = acknowledgeCues.some((cue) => cue.test(first.text));
  if (isPitch(first) && !acknowledged) return { handling: 'pitched', responseLines };
  if (acknowledged) {
    const second = responseLines[1];
    if (second && clarifies(second)) return { handling: 'clarified', responseLines };
    if (second && isPitch(second)) return { handling: 'pitched', responseLines };
    return { handling: 'acknowledged', responseLines };
  }
  return { handling: 'answered', responseLines };
}
