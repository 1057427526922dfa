// The interaction figures research ties to outcomes, each with its value, its published benchmark and source
// (seeds/methodology/benchmarks.json, read through lib/engine/interaction-figures.ts). Used by the call page and
// Trends; shows nothing for calls stored before the figures existed.
import type { FigureId } from '../../lib/engine/benchmarks';
import type { FigureRow } from '../../lib/engine/interaction-figures';
import { formatClock, formatPercent } from './format';
import { numberFormat, t, type MessageKey } from './i18n';

const LABELS: Record<FigureId, MessageKey> = {
  talkShare: 'figures_talk_share',
  longestCustomerStory: 'figures_longest_customer_story',
  interactivity: 'figures_interactivity',
  questionCount: 'figures_question_count',
  questionSpread: 'figures_question_spread',
  patience: 'figures_patience',
};

const oneDecimal = (value: number) => numberFormat({ maximumFractionDigits: 1 }).format(value);

function valueText({ id, value }: FigureRow): string {
  if (value === null) return t('figures_no_value');
  switch (id) {
    case 'talkShare':
    case 'questionSpread':
      return formatPercent(value);
    case 'longestCustomerStory':
      return formatClock(value);
    case 'interactivity':
      return t('figures_per_minute', oneDecimal(value));
    case 'questionCount':
      return oneDecimal(value);
    case 'patience':
      return t('figures_seconds', oneDecimal(value));
  }
}

function benchmarkText({ id, benchmark: { benchmark } }: FigureRow): string {
  switch (id) {
    case 'talkShare':
      return t('figures_talk_share_benchmark', formatPercent(benchmark.target ?? 0));
    case 'questionCount':
      return t('figures_question_count_benchmark', `${oneDecimal(benchmark.from ?? 0)}–${oneDecimal(benchmark.to ?? 0)}`);
    case 'longestCustomerStory':
      return t('figures_longest_customer_story_benchmark');
    case 'interactivity':
      return t('figures_interactivity_benchmark');
    case 'questionSpread':
      return t('figures_question_spread_benchmark');
    case 'patience':
      return t('figures_patience_benchmark');
  }
}

interface InteractionFiguresProps {
  rows: FigureRow[];
  /** Where the times come from, for what the patience figure can say. */
  timing: 'live' | 'import';
  title?: string;
}

export function InteractionFigures({ rows, timing, title = t('figures_title') }: InteractionFiguresProps) {
  if (rows.length === 0) return null;
  return (
    <section className="card" aria-label={title} data-testid="interaction-figures">
      <h2>{title}</h2>
      <p className="muted">{t('figures_intro')}</p>
      <dl className="interaction-figures">
        {rows.map((row) => (
          <div key={row.id} data-figure={row.id} data-meets={row.meets === null ? undefined : String(row.meets)}>
            <dt>{t(LABELS[row.id])}</dt>
            <dd>
              <strong className={row.meets === false ? 'stat-warn' : undefined}>{valueText(row)}</strong>
              {row.meets === null ? null : <span className="visually-hidden"> ({t(row.meets ? 'figures_meets' : 'figures_misses')})</span>}
              <span className="muted">
                {' '}
                · {benchmarkText(row)}. {t('figures_source', row.benchmark.source)}
              </span>
              {row.id === 'patience' ? <span className="muted"> {t(timing === 'live' ? 'figures_patience_timing_live' : 'figures_patience_timing_import')}</span> : null}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
