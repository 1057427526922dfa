import { CartesianGrid, Line, LineChart, ReferenceArea, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCallDate } from '../../shared/format';
import { t } from '../../shared/i18n';
import { AXIS_LINE_BREAK, type TrendPoint } from './trend-points';

type TrendKey = 'talkSharePercent' | 'implicationQuestions' | 'firstPitchMinute' | 'checklistPercent';

/** The aim of a figure as a band on its chart, from `from` to `to`, or a line when both are equal. */
export interface TrendAim {
  from: number;
  to: number;
  /** Shown on the band, e.g. "aim: 40% or less". */
  label: string;
}

interface TrendChartProps {
  title: string;
  /** One sentence on what good looks like, shown under the title. */
  goal: string;
  points: TrendPoint[];
  dataKey: TrendKey;
  /** A value of this trend as text, with its unit: "40%", "2.5", "10 min". */
  formatValue(value: number): string;
  /** The y-axis unit: "%", "questions", "min". */
  unit: string;
  average: number | null;
  aim: TrendAim;
  /** The y-axis range; it always holds the aim, so a manager sees how far the calls are from it. */
  domain: [number, number];
}

const axisTick = { fill: 'var(--muted)', fontSize: 12 };
const TICK_LINE_HEIGHT = 14;

/** An x-axis label on up to two lines: the day, then the time when the day has several calls. */
function CallTick({ x, y, payload }: { x?: number; y?: number; payload?: { value: string } }) {
  const label = payload?.value ?? '';
  return (
    <text x={x} y={y} textAnchor="middle" className="trend-tick" data-label={label} {...axisTick}>
      {label.split(AXIS_LINE_BREAK).map((line, index) => (
        <tspan key={line} x={x} dy={index === 0 ? TICK_LINE_HEIGHT - 2 : TICK_LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
const axisLabel = { fill: 'var(--muted)', fontSize: 12 };

export function TrendChart({ title, goal, points, dataKey, formatValue, unit, average, aim, domain }: TrendChartProps) {
  const headingId = `trend-${dataKey}`;
  const aimIsLine = aim.from === aim.to;
  return (
    <figure className="card trend" aria-labelledby={headingId} data-testid={`trend-${dataKey}`}>
      <div className="trend-head">
        <h2 id={headingId}>{title}</h2>
        <span className="trend-average" data-testid={`trend-${dataKey}-average`}>
          {average === null ? '—' : formatValue(average)} <span className="muted">{t('options_trends_average')}</span>
        </span>
      </div>
      <figcaption className="muted">
        {goal} <span data-testid={`trend-${dataKey}-aim`}>({aim.label})</span>
      </figcaption>
      <LineChart responsive style={{ width: '100%', height: 220 }} data={points} margin={{ top: 10, right: 12, bottom: 18, left: 4 }}>
        <CartesianGrid stroke="var(--border)" strokeDasharray="2 4" vertical={false} />
        {aimIsLine ? (
          <ReferenceLine y={aim.from} stroke="var(--good)" strokeDasharray="6 4" />
        ) : (
          <ReferenceArea y1={aim.from} y2={aim.to} fill="var(--good)" fillOpacity={0.12} stroke="none" />
        )}
        <XAxis
          dataKey="axisLabel"
          type="category"
          interval={0}
          padding={{ left: 24, right: 36 }}
          tick={<CallTick />}
          height={48}
          stroke="var(--border)"
          label={{ value: t('manager_trends_axis_call'), position: 'insideBottom', offset: -12, ...axisLabel }}
        />
        <YAxis
          domain={domain}
          allowDecimals={false}
          tick={axisTick}
          stroke="var(--border)"
          width={48}
          label={{ value: unit, angle: -90, position: 'insideLeft', offset: 10, ...axisLabel }}
        />
        <Tooltip
          contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', borderRadius: 8, color: 'var(--text)' }}
          labelFormatter={(_label, payload) => {
            const point = payload[0]?.payload as TrendPoint | undefined;
            return point ? `${point.title} · ${formatCallDate(point.startedAt)}` : '';
          }}
          formatter={(value) => [formatValue(Number(value)), title]}
        />
        <Line type="linear" dataKey={dataKey} stroke="var(--chart-rep)" strokeWidth={2} dot={{ r: 3 }} connectNulls isAnimationActive={false} />
      </LineChart>
    </figure>
  );
}
