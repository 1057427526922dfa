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
  /** The x-axis label: the call's day, with the time when another call shares the day (every label differs). */
  axisLabel: string;
  /** Rep talk share, 0–100, or null when nobody spoke. */
  talkSharePercent: number | null;
  implicationQuestions: number;
  /** Minute of the first pitch, or null for a call with no pitch. */
  firstPitchMinute: number | null;
  /** Discovery checklist items uncovered, 0–100. */
  checklistPercent: number;
}

const dayOf = (epochMs: number) => new Date(epochMs).toDateString();

/** Between the day and the time of an axis label: the chart draws them on two lines. */
export const AXIS_LINE_BREAK = '\n';

/**
 * One label per call, oldest first, each different: "3 Mar" for a call alone on its day, "3 Mar" and "14:05" on two
 * lines (AXIS_LINE_BREAK) when the day has several; calls in the same minute are numbered.
 */
export function trendAxisLabels(startedAts: readonly number[], formatDay: (epochMs: number) => string, formatTime: (epochMs: number) => string): string[] {
  const perDay = new Map<string, number>();
  for (const startedAt of startedAts) perDay.set(dayOf(startedAt), (perDay.get(dayOf(startedAt)) ?? 0) + 1);
  const labels = startedAts.map((startedAt) => (perDay.get(dayOf(startedAt))! > 1 ? `${formatDay(startedAt)}${AXIS_LINE_BREAK}${formatTime(startedAt)}` : formatDay(startedAt)));
  const seen = new Map<string, number>();
  return labels.map((label) => {
    const count = (seen.get(label) ?? 0) + 1;
    seen.set(label, count);
    return count === 1 ? label : `${label} (${count})`;
  });
}

export function trendPoints(calls: readonly AnalyzedCall[], formatDay: (epochMs: number) => string, formatTime: (epochMs: number) => string): TrendPoint[] {
  const ordered = [...calls].sort((a, b) => a.startedAt - b.startedAt);
  const labels = trendAxisLabels(
    ordered.map((call) => call.startedAt),
    formatDay,
    formatTime,
  );
  return ordered
    .map(({ callId, title, startedAt, analysis }, index) => {
      const spoke = analysis.repTalkSec + analysis.buyerTalkSec > 0;
      const done = CHECKLIST_ITEMS.filter((item) => analysis.checklist[item]).length;
      return {
        callId,
        title,
        startedAt,
        axisLabel: labels[index],
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
