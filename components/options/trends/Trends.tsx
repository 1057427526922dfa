import { averageInteractionFigures } from '../../../lib/engine/interaction-figures';
import { METHODOLOGY } from '../../../lib/engine/methodology';
import { CHECKLIST_ITEMS } from '../../../lib/types';
import { formatClock, formatPercent, formatShortDate, formatTimeOfDay } from '../../shared/format';
import { formatNumber, numberFormat, t } from '../../shared/i18n';
import { InteractionFigures } from '../../shared/InteractionFigures';
import { TrendChart } from './TrendChart';
import { averageOf, trendPoints, type AnalyzedCall } from './trend-points';

interface TrendsProps {
  calls: AnalyzedCall[];
  talkShareMax: number;
  pitchWindowSec: number;
}

/** Trends need a line, not a dot: with fewer calls than this the page explains instead of drawing. */
const MIN_CALLS_FOR_TRENDS = 2;

/** Trend points keep percentages as 0–100. */
const percentOf100 = (value: number) => numberFormat({ style: 'percent', maximumFractionDigits: 1 }).format(value / 100);

/** Room above the highest count, so the open-ended aim band shows above the points. */
const COUNT_HEADROOM = 1;

const highest = (values: ReadonlyArray<number | null>) => Math.max(0, ...values.filter((value): value is number => value !== null));

export function Trends({ calls, talkShareMax, pitchWindowSec }: TrendsProps) {
  const points = trendPoints(calls, (epochMs) => formatShortDate(epochMs), (epochMs) => formatTimeOfDay(epochMs));
  const percentUnit = t('manager_trends_unit_percent');
  // The implication nudge speaks up when fewer than this many were asked by mid-call: the chart's aim.
  const implicationAim = METHODOLOGY.thresholds.checks.implicationQuestionsMin;
  const implicationTop = Math.ceil(highest(points.map((point) => point.implicationQuestions))) + COUNT_HEADROOM;
  // The first-pitch aim runs from the early-pitch window to the end of the planned call.
  const plannedMinutes = METHODOLOGY.thresholds.plannedCallMinutes;
  const pitchTop = Math.max(plannedMinutes, Math.ceil(highest(points.map((point) => point.firstPitchMinute))));
  return (
    <section className="page-section" aria-labelledby="trends-title">
      <h1 id="trends-title">{t('options_trends_title')}</h1>
      {points.length < MIN_CALLS_FOR_TRENDS ? (
        <div className="card empty-state" data-testid="trends-empty">
          <h2>{t('options_trends_empty_title')}</h2>
          <p>{t('options_trends_empty_text', formatNumber(MIN_CALLS_FOR_TRENDS), formatNumber(points.length))}</p>
        </div>
      ) : (
        <div className="trend-grid">
          <TrendChart
            title={t('options_trends_talk_share')}
            goal={t('options_trends_talk_share_goal', formatPercent(talkShareMax))}
            points={points}
            dataKey="talkSharePercent"
            formatValue={percentOf100}
            average={averageOf(points.map((point) => point.talkSharePercent))}
            unit={percentUnit}
            aim={{ from: 0, to: talkShareMax * 100, label: t('manager_trends_aim_talk_share', formatPercent(talkShareMax)) }}
            domain={[0, 100]}
          />
          <TrendChart
            title={t('options_trends_implication')}
            goal={t('options_trends_implication_goal')}
            points={points}
            dataKey="implicationQuestions"
            formatValue={(value) => formatNumber(value)}
            average={averageOf(points.map((point) => point.implicationQuestions))}
            unit={t('manager_trends_unit_questions')}
            aim={{ from: implicationAim, to: Math.max(implicationAim, implicationTop), label: t('manager_trends_aim_implication', formatNumber(implicationAim)) }}
            domain={[0, Math.max(implicationAim, implicationTop)]}
          />
          <TrendChart
            title={t('options_trends_first_pitch')}
            goal={t('options_trends_first_pitch_goal', formatClock(pitchWindowSec))}
            points={points}
            dataKey="firstPitchMinute"
            formatValue={(value) => t('options_trends_minutes', formatNumber(value))}
            average={averageOf(points.map((point) => point.firstPitchMinute))}
            unit={t('manager_trends_unit_minutes')}
            aim={{ from: pitchWindowSec / 60, to: pitchTop, label: t('manager_trends_aim_first_pitch', formatClock(pitchWindowSec)) }}
            domain={[0, pitchTop]}
          />
          <TrendChart
            title={t('options_trends_checklist')}
            goal={t('options_trends_checklist_goal')}
            points={points}
            dataKey="checklistPercent"
            formatValue={percentOf100}
            average={averageOf(points.map((point) => point.checklistPercent))}
            unit={percentUnit}
            aim={{ from: 100, to: 100, label: t('manager_trends_aim_checklist', formatNumber(CHECKLIST_ITEMS.length)) }}
            domain={[0, 100]}
          />
        </div>
      )}
      {points.length < MIN_CALLS_FOR_TRENDS ? null : (
        <InteractionFigures rows={averageInteractionFigures(calls.map((call) => call.analysis))} timing="live" title={t('figures_trends_title')} />
      )}
    </section>
  );
}
