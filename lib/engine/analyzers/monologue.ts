// Longest rep monologue: the longest stretch in which only the rep speaks. A buyer's short back-channel
// ("mm-hmm", under ~1.5 s) does not end it; a real buyer turn or a long silence does.
// The scan keeps its state after every line, so a revision rescans only from the line it touched (nearly
// always the last one) instead of the whole call.
import type { LabeledUtterance } from '../../types';
import { countWords, minSpeakingSec } from '../speech-timing';
import { durationOf, evidenceOf, type Analyzer, type AnalyzerContext, type NudgeCandidate } from './analyzer';

export interface MonologueResult {
  longestRepMonologueSec: number;
  longestRepMonologueAtSec: number | null;
}

interface Run {
  first: LabeledUtterance;
  startSec: number;
  endSec: number;
}

interface ScanState {
  /** The longest run already ended by a buyer turn or a silence. */
  longestClosed: Run | null;
  /** The run still open after this line. */
  open: Run | null;
}

const EMPTY: ScanState = { longestClosed: null, open: null };
const lengthOf = (run: Run | null) => (run ? run.endSec - run.startSec : -1);
const longer = (a: Run | null, b: Run | null) => (lengthOf(b) > lengthOf(a) ? b : a);

export function createMonologueAnalyzer(context: AnalyzerContext): Analyzer<MonologueResult> {
  const limits = () => context.settings.thresholds.monologue;
  const states: ScanState[] = [];
  let dirtyFrom = 0;

  /** Short by the clock or by its words: caption timing can stretch a one-word "yeah". */
  const isBackChannel = (utterance: LabeledUtterance) => {
    const spokenSec = Math.min(durationOf(utterance), minSpeakingSec(countWords(utterance.text), context.settings.thresholds.speech));
    return spokenSec <= limits().backChannelMaxSec;
  };

  const step = (state: ScanState, utterance: LabeledUtterance): ScanState => {
    if (utterance.role === 'buyer') {
      return isBackChannel(utterance) ? state : { longestClosed: longer(state.longestClosed, state.open), open: null };
    }
    const { open } = state;
    if (open && utterance.startSec - open.endSec <= limits().maxSilenceSec) {
      return { longestClosed: state.longestClosed, open: { ...open, endSec: Math.max(open.endSec, utterance.endSec) } };
    }
    const started = { first: utterance, startSec: utterance.startSec, endSec: utterance.endSec };
    return { longestClosed: longer(state.longestClosed, open), open: started };
  };

  const latestState = (): ScanState => {
    const ordered = context.timeline.all();
    states.length = Math.min(states.length, dirtyFrom);
    let state = states[states.length - 1] ?? EMPTY;
    for (let index = states.length; index < ordered.length; index++) {
      state = step(state, ordered[index]);
      states.push(state);
    }
    dirtyFrom = ordered.length;
    return state;
  };

  return {
    update(current, previous) {
      const touchedFromSec = Math.min(current.startSec, previous?.startSec ?? current.startSec);
      dirtyFrom = Math.min(dirtyFrom, context.timeline.firstIndexFrom(touchedFromSec));
    },

    result() {
      const state = latestState();
      const longest = longer(state.longestClosed, state.open);
      return longest
        ? { longestRepMonologueSec: lengthOf(longest), longestRepMonologueAtSec: longest.startSec }
        : { longestRepMonologueSec: 0, longestRepMonologueAtSec: null };
    },

    candidates({ nowSec }): NudgeCandidate[] {
      const run = latestState().open;
      if (!run || nowSec - run.endSec > limits().maxSilenceSec) return [];
      const seconds = lengthOf(run);
      if (seconds < limits().maxSec) return [];
      return [
        {
          kind: 'monologue',
          key: `monologue:${run.first.id}`,
          evidence: [evidenceOf(run.first)],
          facts: { seconds: Math.round(seconds) },
        },
      ];
    },
  };
}
