import { CartesianGrid, Line, LineChart, ReferenceLine, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { LabeledUtterance, Nudge } from '../../../lib/types';
import { formatClock, formatPercent } from '../../shared/format';
import { numberFormat, t } from '../../shared/i18n';
import { nudgeKindLabel, repActLabel } from '../../shared/labels';
import { actMarkers, MARKED_ACTS, nudgeMarkers, talkShareOverTime, type MarkedAct } from './call-timeline';

interface CallTimelineProps {
  utterances: LabeledUtterance[];
  nudges: Nudge[];
  firstPitchSec: number | null;
  talkShareMax: number;
  durationSec: number;
}

const ACT_COLORS: Record<MarkedAct, string> = {
  situation: 'var(--chart-situation)',
  problem: 'var(--chart-problem)',
  implication: 'var(--chart-implication)',
  need_payoff: 'var(--chart-need-payoff)',
  pitch: 'var(--chart-pitch)',
};

const axisTick = { fill: 'var(--muted)', fontSize: 12 };
/** Both charts share one time axis: the same y-axis width and margins put 0:00 and the end at the same x. */
const Y_AXIS_WIDTH = 88;
const CHART_MARGIN = { top: 12, right: 16, bottom: 0, left: 0 };
const tooltipStyle = { background: 'var(--surface)', border: '1px solid var(--border)', borderRadius: 8, color: 'var(--text)' };

export function CallTimeline({ utterances, nudges, firstPitchSec, talkShareMax, durationSec }: CallTimelineProps) {
  const nudgeRow = t('options_timeline_nudges');
  const rows = [...MARKED_ACTS.map(repActLabel), nudgeRow];
  const youTalk = t('options_timeline_you_talk');
  const share = talkShareOverTime(utterances);
  const acts = actMarkers(utterances);
  const nudgePoints = nudgeMarkers(nudges).map((nudge) => ({ ...nudge, row: nudgeRow, label: `${nudgeKindLabel(nudge.kind)}: ${nudge.title}` }));
  const xDomain: [number, number] = [0, Math.max(60, durationSec, ...share.map((point) => point.atSec))];
  const xAxis = (hide: boolean) => (
    <XAxis type="number" dataKey="atSec" domain={xDomain} tickFormatter={formatClock} tick={axisTick} stroke="var(--border)" hide={hide} />
  );
  const pitchLine =
    firstPitchSec === null ? null : (
      <ReferenceLine x={firstPitchSec} stroke="var(--chart-pitch)" strokeDasharray="4 3" label={{ value: t('options_timeline_first_pitch'), fill: 'var(--muted)', fontSize: 11, position: 'insideTopRight' }} />
    );
  const lastShare = share.at(-1)?.repSharePercent;

  return (
    <figure className="card timeline" aria-labelledby="timeline-title" data-testid="call-timeline">
      <h2 id="timeline-title">{t('options_timeline')}</h2>
      <figcaption className="muted">
        {lastShare != null
          ? t('options_timeline_share_ending', numberFormat({ style: 'percent', maximumFractionDigits: 1 }).format(lastShare / 100), formatPercent(talkShareMax))
          : t('options_timeline_share', formatPercent(talkShareMax))}{' '}
        {firstPitchSec !== null
          ? t('options_timeline_counts_pitch', acts.length, nudges.length, formatClock(firstPitchSec))
          : t('options_timeline_counts_no_pitch', acts.length, nudges.length)}
      </figcaption>
      <LineChart responsive style={{ width: '100%', height: 180 }} data={share} margin={CHART_MARGIN}>
        <CartesianGrid stroke="var(--border)" strokeDasharray="2 4" vertical={false} />
        {xAxis(true)}
        <YAxis domain={[0, 100]} ticks={[0, 20, 40, 60, 80, 100]} tickFormatter={(value: number) => formatPercent(value / 100)} tick={axisTick} stroke="var(--border)" width={Y_AXIS_WIDTH} />
        <Tooltip contentStyle={tooltipStyle} labelFormatter={(atSec) => formatClock(Number(atSec))} formatter={(value) => [formatPercent(Number(value) / 100), youTalk]} />
        <ReferenceLine y={talkShareMax * 100} stroke="var(--warn)" strokeDasharray="6 4" />
        {pitchLine}
        <Line type="monotone" dataKey="repSharePercent" stroke="var(--chart-rep)" strokeWidth={2} dot={false} connectNulls isAnimationActive={false} name={youTalk} />
      </LineChart>
      <ScatterChart responsive style={{ width: '100%', height: 190 }} margin={CHART_MARGIN}>
        <CartesianGrid stroke="var(--border)" strokeDasharray="2 4" horizontal={false} />
        {xAxis(false)}
        <YAxis type="category" dataKey="row" allowDuplicatedCategory={false} ticks={rows} domain={rows} tick={axisTick} stroke="var(--border)" width={Y_AXIS_WIDTH} />
        <Tooltip
          contentStyle={tooltipStyle}
          cursor={false}
          formatter={(_value, _name, item) => [String((item.payload as { label: string }).label), formatClock((item.payload as { atSec: number }).atSec)]}
        />
        {pitchLine}
        {MARKED_ACTS.map((act) => (
          <Scatter
            key={act}
            name={repActLabel(act)}
            data={acts.filter((marker) => marker.act === act).map((marker) => ({ ...marker, row: repActLabel(act), label: marker.text }))}
            fill={ACT_COLORS[act]}
            isAnimationActive={false}
          />
        ))}
        <Scatter name={nudgeRow} data={nudgePoints} fill="var(--chart-nudge)" shape="diamond" isAnimationActive={false} />
      </ScatterChart>
    </figure>
  );
}
