// One point per call for the trends charts, oldest first.
import type { CallAnalysis } from '../../../lib/engine/analysis-types';
import { CHECKLIST_ITEMS } from '../../../lib/types';

export interface AnalyzedCall {
  callId: string;
  title: string;
  startedAt: number;
  analysis: CallAnalysis;
}

export interface TrendPoint {
  callId: string;
  title: string;
  startedAt: number;
  /** Rep talk share, 0–100, or null when nobody spoke. */
  talkSharePercent: number | null;
  implicationQuestions: number;
  /** Minute of the first pitch, or null for a call with no pitch. */
  firstPitchMinute: number | null;
  /** Discovery checklist items uncovered, 0–100. */
  checklistPercent: number;
}

export function trendPoints(calls: readonly AnalyzedCall[]): TrendPoint[] {
  return [...calls]
    .sort((a, b) => a.startedAt - b.startedAt)
    .map(({ callId, title, startedAt, analysis }) => {
      const spoke = analysis.repTalkSec + analysis.buyerTalkSec > 0;
      const done = CHECKLIST_ITEMS.filter((item) => analysis.checklist[item]).length;
      return {
        callId,
        title,
        startedAt,
        talkSharePercent: spoke ? Math.round(analysis.repTalkShare * 100) : null,
        implicationQuestions: analysis.questionCounts.implication,
        firstPitchMinute: analysis.firstPitchSec === null ? null : Math.round((analysis.firstPitchSec / 60) * 10) / 10,
        checklistPercent: Math.round((done / CHECKLIST_ITEMS.length) * 100),
      };
    });
}

/** Mean of the values that exist, rounded to one decimal; null when there are none. */
export function averageOf(values: readonly (number | null)[]): number | null {
  const present = values.filter((value): value is number => value !== null);
  if (present.length === 0) return null;
  return Math.round((present.reduce((sum, value) => sum + value, 0) / present.length) * 10) / 10;
}
