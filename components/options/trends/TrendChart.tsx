import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCallDate, formatShortDate } from '../../shared/format';
import { t } from '../../shared/i18n';
import type { TrendPoint } from './trend-points';

type TrendKey = 'talkSharePercent' | 'implicationQuestions' | 'firstPitchMinute' | 'checklistPercent';

interface TrendChartProps {
  title: string;
  /** One sentence on what good looks like, shown under the title. */
  goal: string;
  points: TrendPoint[];
  dataKey: TrendKey;
  /** A value of this trend as text, with its unit: "40%", "2.5", "10 min". */
  formatValue(value: number): string;
  average: number | null;
  target?: number;
  domain?: [number, number];
}

const axisTick = { fill: 'var(--muted)', fontSize: 12 };

export function TrendChart({ title, goal, points, dataKey, formatValue, average, target, domain }: TrendChartProps) {
  const headingId = `trend-${dataKey}`;
  return (
    <figure className="card trend" aria-labelledby={headingId} data-testid={`trend-${dataKey}`}>
      <div className="trend-head">
        <h2 id={headingId}>{title}</h2>
        <span className="trend-average" data-testid={`trend-${dataKey}-average`}>
          {average === null ? '—' : formatValue(average)} <span className="muted">{t('options_trends_average')}</span>
        </span>
      </div>
      <figcaption className="muted">{goal}</figcaption>
      <LineChart responsive style={{ width: '100%', height: 180 }} data={points} margin={{ top: 10, right: 12, bottom: 0, left: 0 }}>
        <CartesianGrid stroke="var(--border)" strokeDasharray="2 4" vertical={false} />
        <XAxis dataKey="startedAt" tickFormatter={(value: number) => formatShortDate(value)} tick={axisTick} stroke="var(--border)" />
        <YAxis domain={domain ?? [0, 'auto']} allowDecimals={false} tick={axisTick} stroke="var(--border)" width={36} />
        <Tooltip
          contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', borderRadius: 8, color: 'var(--text)' }}
          labelFormatter={(_label, payload) => {
            const point = payload[0]?.payload as TrendPoint | undefined;
            return point ? `${point.title} · ${formatCallDate(point.startedAt)}` : '';
          }}
          formatter={(value) => [formatValue(Number(value)), title]}
        />
        {target !== undefined ? <ReferenceLine y={target} stroke="var(--warn)" strokeDasharray="6 4" /> : null}
        <Line type="monotone" dataKey={dataKey} stroke="var(--chart-rep)" strokeWidth={2} dot={{ r: 3 }} connectNulls isAnimationActive={false} />
      </LineChart>
    </figure>
  );
}
