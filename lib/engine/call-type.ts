// Which kind of call this is — first discovery, demo or follow-up, pricing or negotiation, cold call — read from
// the opening of the conversation with the cues in seeds/methodology/call-types.json. The type decides which
// nudges apply and what the debrief judges; the rep's own correction always wins over the reading.
import type { CallType, Nudge, NudgeKind } from '../types';
import type { CompiledCallTypes } from './methodology';

export interface CallTypeReading {
  callType: CallType;
  /** `rep` when the rep set it, `detected` when read from the call, `default` before any cue was heard. */
  source: 'rep' | 'detected' | 'default';
}

export interface CallTypeReader {
  /** Feeds a line or a new version of it; only lines of the opening count. */
  hear(lineId: string, text: string, startSec: number): void;
  /** The rep's correction, or `undefined` to go back to the reading. */
  setByRep(callType: CallType | undefined): void;
  current(): CallTypeReading;
}

export function createCallTypeReader(spec: CompiledCallTypes, chosenByRep?: CallType): CallTypeReader {
  /** The opening's lines by id (latest text), and the cue matches each one holds. */
  const opening = new Map<string, Map<CallType, number>>();
  let byRep = chosenByRep;
  const order = spec.tieOrder;

  const detected = (): CallType | undefined => {
    const matches = new Map<CallType, number>();
    for (const lineMatches of opening.values()) for (const [type, count] of lineMatches) matches.set(type, (matches.get(type) ?? 0) + count);
    let best: CallType | undefined;
    for (const type of order) {
      const count = matches.get(type) ?? 0;
      if (count >= spec.minCueMatches && (best === undefined || count > (matches.get(best) ?? 0))) best = type;
    }
    return best;
  };

  return {
    hear(lineId, text, startSec) {
      if (startSec > spec.openingSec || (!opening.has(lineId) && opening.size >= spec.openingLines)) return;
      const lineMatches = new Map<CallType, number>();
      for (const type of order) {
        const found = spec.types[type].cues.filter((cue) => cue.test(text)).length;
        if (found > 0) lineMatches.set(type, found);
      }
      opening.set(lineId, lineMatches);
    },
    setByRep(callType) {
      byRep = callType;
    },
    current() {
      if (byRep) return { callType: byRep, source: 'rep' };
      const type = detected();
      return type ? { callType: type, source: 'detected' } : { callType: spec.defaultType, source: 'default' };
    },
  };
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
