// Talk share: rep speaking seconds ÷ everyone's speaking seconds (the 60/40 rule). Live, the nudge looks at a
// trailing window so an early monologue doesn't haunt the rest of the call, and fires only when the rep has
// stayed above the limit for a while.
import type { LabeledUtterance } from '../../types';
import { durationOf, evidenceOf, type Analyzer, type AnalyzerContext, type CallMoment, type NudgeCandidate } from './analyzer';

export interface TalkShareResult {
  repTalkShare: number;
  repTalkSec: number;
  buyerTalkSec: number;
}

export function createTalkShareAnalyzer(context: AnalyzerContext): Analyzer<TalkShareResult> {
  let repTalkSec = 0;
  let buyerTalkSec = 0;
  let aboveSinceSec: number | null = null;

  const add = (utterance: LabeledUtterance, sign: 1 | -1) => {
    if (utterance.role === 'rep') repTalkSec += sign * durationOf(utterance);
    else buyerTalkSec += sign * durationOf(utterance);
  };

  const windowShare = (nowSec: number) => {
    const windowStart = nowSec - context.settings.thresholds.talkShare.windowSec;
    const ordered = context.timeline.all();
    let rep = 0;
    let all = 0;
    const repLines: LabeledUtterance[] = [];
    for (let index = ordered.length - 1; index >= 0; index--) {
      const utterance = ordered[index];
      if (utterance.endSec < windowStart) break;
      const overlap = Math.max(Math.min(utterance.endSec, nowSec) - Math.max(utterance.startSec, windowStart), 0);
      all += overlap;
      if (utterance.role === 'rep') {
        rep += overlap;
        repLines.push(utterance);
      }
    }
    return { share: all > 0 ? rep / all : 0, talkSec: all, repLines };
  };

  return {
    update(current, previous) {
      if (previous) add(previous, -1);
      add(current, 1);
    },

    result() {
      const rep = Math.max(repTalkSec, 0);
      const all = rep + Math.max(buyerTalkSec, 0);
      return { repTalkShare: all > 0 ? rep / all : 0, repTalkSec: rep, buyerTalkSec: Math.max(buyerTalkSec, 0) };
    },

    candidates({ nowSec, plan }: CallMoment): NudgeCandidate[] {
      const limits = context.settings.thresholds.talkShare;
      const recent = windowShare(nowSec);
      const above = nowSec >= plan.openingEndSec && recent.talkSec >= limits.minWindowTalkSec && recent.share > limits.max;
      if (!above) {
        aboveSinceSec = null;
        return [];
      }
      aboveSinceSec ??= nowSec;
      if (nowSec - aboveSinceSec < limits.sustainSec) return [];
      const longest = [...recent.repLines].sort((a, b) => durationOf(b) - durationOf(a)).slice(0, 2);
      return [
        {
          kind: 'talk-share',
          key: `talk-share:${aboveSinceSec}`,
          evidence: longest.sort((a, b) => a.startSec - b.startSec).map(evidenceOf),
          facts: { sharePct: Math.round(recent.share * 100) },
        },
      ];
    },
  };
}
