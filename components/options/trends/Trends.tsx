import { formatPercent, formatClock } from '../../shared/format';
import { TrendChart } from './TrendChart';
import { averageOf, trendPoints, type AnalyzedCall } from './trend-points';

interface TrendsProps {
  calls: AnalyzedCall[];
  talkShareMax: number;
  pitchWindowSec: number;
}

/** Trends need a line, not a dot: with fewer calls than this the page explains instead of drawing. */
const MIN_CALLS_FOR_TRENDS = 2;

export function Trends({ calls, talkShareMax, pitchWindowSec }: TrendsProps) {
  const points = trendPoints(calls);
  return (
    <section className="page-section" aria-labelledby="trends-title">
      <h1 id="trends-title">Trends</h1>
      {points.length < MIN_CALLS_FOR_TRENDS ? (
        <div className="card empty-state" data-testid="trends-empty">
          <h2>Not enough calls yet</h2>
          <p>
            Trends appear after {MIN_CALLS_FOR_TRENDS} analyzed calls. You have {points.length}.
          </p>
        </div>
      ) : (
        <div className="trend-grid">
          <TrendChart
            title="Talk share"
            goal={`How much you talked. Aim for ${formatPercent(talkShareMax)} or less.`}
            points={points}
            dataKey="talkSharePercent"
            unit="%"
            average={averageOf(points.map((point) => point.talkSharePercent))}
            target={talkShareMax * 100}
            domain={[0, 100]}
          />
          <TrendChart
            title="Implication questions"
            goal="Questions about what the problem costs. More is better."
            points={points}
            dataKey="implicationQuestions"
            unit=""
            average={averageOf(points.map((point) => point.implicationQuestions))}
          />
          <TrendChart
            title="First pitch"
            goal={`Minute of the first pitch. Later than ${formatClock(pitchWindowSec)} means discovery had room.`}
            points={points}
            dataKey="firstPitchMinute"
            unit=" min"
            average={averageOf(points.map((point) => point.firstPitchMinute))}
            target={pitchWindowSec / 60}
          />
          <TrendChart
            title="Checklist completeness"
            goal="Share of problem, root cause, impact, stakeholders, trigger and cost of inaction uncovered."
            points={points}
            dataKey="checklistPercent"
            unit="%"
            average={averageOf(points.map((point) => point.checklistPercent))}
            domain={[0, 100]}
          />
        </div>
      )}
    </section>
  );
}
