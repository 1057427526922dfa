// Which kind of call this is — first discovery, demo or follow-up, pricing or negotiation, cold call — read from
// the opening of the conversation by the classifier's call-type head, or, with weights that have none, by the cues
// in seeds/methodology/call-types.json. The type decides which nudges apply and what the debrief judges; the rep's
// own correction always wins over the reading.
import type { CallTypePrediction } from '../classifier/classifier';
import type { OpeningLine } from '../classifier/opening-features';
import type { CallType, Nudge, NudgeKind, Role } from '../types';
import type { CompiledCallTypes } from './methodology';

export interface CallTypeReading {
  callType: CallType;
  /** `rep` when the rep set it, `detected` when read from the call, `default` before anything in it said otherwise. */
  source: 'rep' | 'detected' | 'default';
}

export interface CallTypeReader {
  /** Feeds a line or a new version of it; only lines of the opening count. */
  hear(lineId: string, role: Role, text: string, startSec: number): void;
  /** The rep's correction, or `undefined` to go back to the reading. */
  setByRep(callType: CallType | undefined): void;
  current(): CallTypeReading;
}

/** The learned reading of an opening (the classifier's call-type head), or null where the weights have none. */
export type OpeningClassifier = (opening: readonly OpeningLine[]) => Pick<CallTypePrediction, 'callType'> | null;

interface HeardLine extends OpeningLine {
  /** Cue matches per type, from seeds/methodology/call-types.json. */
  cues: Map<CallType, number>;
}

/**
 * Reads the type from the opening (the first `openingLines` lines or `openingSec` seconds). With a learned head the
 * head decides, from all the opening's words: on openings by writers whose calls it never saw it reads far more
 * right than the hand-written cues (docs/call-types.md). Without one, the type with the most cue matches wins. Either
 * way a discovery call in which no cue was heard says its type is assumed, not read.
 */
export function createCallTypeReader(spec: CompiledCallTypes, options: { chosenByRep?: CallType; learned?: OpeningClassifier } = {}): CallTypeReader {
  /** The opening's lines by id, in the order first heard, with their latest text. */
  const opening = new Map<string, HeardLine>();
  let byRep = options.chosenByRep;
  /** The reading of the opening as it stands, recomputed only after the opening changed. */
  let reading: CallTypeReading | null = null;
  const order = spec.tieOrder;

  const cueCounts = (): Map<CallType, number> => {
    const matches = new Map<CallType, number>();
    for (const line of opening.values()) for (const [type, count] of line.cues) matches.set(type, (matches.get(type) ?? 0) + count);
    return matches;
  };

  const byCues = (matches: Map<CallType, number>): CallType | undefined => {
    let best: CallType | undefined;
    for (const type of order) {
      const count = matches.get(type) ?? 0;
      if (count >= spec.minCueMatches && (best === undefined || count > (matches.get(best) ?? 0))) best = type;
    }
    return best;
  };

  const read = (): CallTypeReading => {
    const matches = cueCounts();
    const learned = opening.size > 0 ? options.learned?.([...opening.values()]) : null;
    const type = learned ? learned.callType : byCues(matches);
    if (type === undefined || (type === spec.defaultType && matches.size === 0)) return { callType: spec.defaultType, source: 'default' };
    return { callType: type, source: 'detected' };
  };

  return {
    hear(lineId, role, text, startSec) {
      const linesBefore = opening.has(lineId) ? [...opening.keys()].indexOf(lineId) : opening.size;
      if (!isOpeningLine(spec, linesBefore, startSec)) return;
      if (opening.get(lineId)?.text === text) return;
      const cues = new Map<CallType, number>();
      for (const type of order) {
        const found = spec.types[type].cues.filter((cue) => cue.test(text)).length;
        if (found > 0) cues.set(type, found);
      }
      opening.set(lineId, { role, text, cues });
      reading = null;
    },
    setByRep(callType) {
      byRep = callType;
    },
    current() {
      if (byRep) return { callType: byRep, source: 'rep' };
      reading ??= read();
      return reading;
    },
  };
}

/** Whether a line is part of the opening: one of the first `openingLines` lines (`linesBefore` came before it), not starting after `openingSec`. */
function isOpeningLine(spec: CompiledCallTypes, linesBefore: number, startSec: number): boolean {
  return linesBefore < spec.openingLines && startSec <= spec.openingSec;
}

/** The lines of a call that make its opening, as the live reader hears them when they come in order. */
export function openingOf<L extends { startSec: number }>(spec: CompiledCallTypes, lines: readonly L[]): L[] {
  return lines.filter((line, index) => isOpeningLine(spec, index, line.startSec));
}

/** Whether a nudge of this kind belongs in a call of this type (early-pitch only where discovery is the job). */
export function nudgeAppliesTo(spec: CompiledCallTypes, callType: CallType, kind: NudgeKind): boolean {
  return spec.types[callType].nudges.has(kind);
}

/**
 * The nudges that still stand once the call is known to be of `callType`: a nudge raised while the call was read as
 * another type, of a kind this type does not coach (early-pitch in a pricing call), is withdrawn.
 */
export function nudgesForCallType<N extends Pick<Nudge, 'kind'>>(spec: CompiledCallTypes, callType: CallType, nudges: readonly N[]): N[] {
  return nudges.filter((nudge) => nudgeAppliesTo(spec, callType, nudge.kind));
}
