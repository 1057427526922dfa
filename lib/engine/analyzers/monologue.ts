// Longest rep monologue: the longest stretch in which only the rep speaks. A buyer's short back-channel
// ("mm-hmm", under ~1.5 s) does not end it; a real buyer turn or a long silence does.
import type { LabeledUtterance } from '../../types';
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

export function createMonologueAnalyzer(context: AnalyzerContext): Analyzer<MonologueResult> {
  const limits = () => context.settings.thresholds.monologue;
  const isBackChannel = (utterance: LabeledUtterance) =>
    utterance.role === 'buyer' && durationOf(utterance) <= limits().backChannelMaxSec;
  let cached: MonologueResult | null = null;

  const longestRun = (): MonologueResult => {
    let best: Run | null = null;
    let run: Run | null = null;
    const close = () => {
      if (run && (!best || run.endSec - run.startSec > best.endSec - best.startSec)) best = run;
      run = null;
    };
    for (const utterance of context.timeline.all()) {
      if (utterance.role === 'buyer') {
        if (!isBackChannel(utterance)) close();
        continue;
      }
      if (run && utterance.startSec - run.endSec <= limits().maxSilenceSec) {
        run.endSec = Math.max(run.endSec, utterance.endSec);
      } else {
        close();
        run = { first: utterance, startSec: utterance.startSec, endSec: utterance.endSec };
      }
    }
    close();
    const longest = best as Run | null;
    return longest
      ? { longestRepMonologueSec: longest.endSec - longest.startSec, longestRepMonologueAtSec: longest.startSec }
      : { longestRepMonologueSec: 0, longestRepMonologueAtSec: null };
  };

  /** The run still going at the end of the timeline, found by walking back from the newest line. */
  const currentRun = (): Run | null => {
    const ordered = context.timeline.all();
    let run: Run | null = null;
    for (let index = ordered.length - 1; index >= 0; index--) {
      const utterance = ordered[index];
      if (utterance.role === 'buyer') {
        if (isBackChannel(utterance)) continue;
        break;
      }
      if (!run) {
        run = { first: utterance, startSec: utterance.startSec, endSec: utterance.endSec };
      } else if (run.startSec - utterance.endSec > limits().maxSilenceSec) {
        break;
      } else {
        run.first = utterance;
        run.startSec = Math.min(run.startSec, utterance.startSec);
      }
    }
    return run;
  };

  return {
    update() {
      cached = null;
    },

    result() {
      cached ??= longestRun();
      return cached;
    },

    candidates({ nowSec }): NudgeCandidate[] {
      const run = currentRun();
      if (!run || nowSec - run.endSec > limits().maxSilenceSec) return [];
      const seconds = run.endSec - run.startSec;
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
