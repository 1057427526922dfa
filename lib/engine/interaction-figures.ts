// The interaction figures of a call (or the average over calls), each beside the benchmark it is read against:
// what the call page, Trends and the README show. Pure, so the UI only formats. Calls stored before the figures
// existed have none, and get no rows rather than zeros.
import type { CallAnalysis } from './analysis-types';
import { BENCHMARKS, FIGURE_IDS, meetsBenchmark, type Benchmarks, type FigureBenchmark, type FigureId } from './benchmarks';

export interface FigureRow {
  id: FigureId;
  /** Null where the call gives no value (nobody spoke, a call under a minute, no buyer-to-rep turn measured). */
  value: number | null;
  /** Whether the value meets the benchmark; null where there is no value or the benchmark gives no number. */
  meets: boolean | null;
  benchmark: FigureBenchmark;
}

type Figures = Record<FigureId, number | null>;

function figuresOf(analysis: CallAnalysis): Figures | null {
  if (analysis.longestCustomerStorySec === undefined) return null;
  const spoke = analysis.repTalkSec + analysis.buyerTalkSec > 0;
  return {
    talkShare: spoke ? analysis.repTalkShare : null,
    longestCustomerStory: analysis.longestCustomerStoryAtSec === null ? null : analysis.longestCustomerStorySec,
    interactivity: analysis.speakerSwitchesPerMinute ?? null,
    questionCount: analysis.repQuestionCount ?? null,
    questionSpread: analysis.questionSpread ?? null,
    patience: analysis.repPatienceSec ?? null,
  };
}

function rowsOf(figures: Figures, benchmarks: Benchmarks): FigureRow[] {
  return FIGURE_IDS.map((id) => {
    const benchmark = benchmarks.figures.find((figure) => figure.id === id)!;
    const value = figures[id];
    return { id, value, meets: value === null ? null : meetsBenchmark(value, benchmark), benchmark };
  });
}

/** One call's figures; [] for a call stored before they existed. */
export function interactionFigures(analysis: CallAnalysis, benchmarks: Benchmarks = BENCHMARKS): FigureRow[] {
  const figures = figuresOf(analysis);
  return figures ? rowsOf(figures, benchmarks) : [];
}

/** The mean of each figure over the calls that have it; [] when none has any. */
export function averageInteractionFigures(analyses: readonly CallAnalysis[], benchmarks: Benchmarks = BENCHMARKS): FigureRow[] {
  const all = analyses.map(figuresOf).filter((figures): figures is Figures => figures !== null);
  if (all.length === 0) return [];
  const mean = (id: FigureId) => {
    const values = all.map((figures) => figures[id]).filter((value): value is number => value !== null);
    return values.length > 0 ? values.reduce((sum, value) => sum + value, 0) / values.length : null;
  };
  return rowsOf(Object.fromEntries(FIGURE_IDS.map((id) => [id, mean(id)])) as Figures, benchmarks);
}
