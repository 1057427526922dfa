import { useId } from 'react';
import type { CoachingOpportunity, Debrief, DebriefPoint } from '../../lib/engine/analysis-types';
import { formatClock } from '../shared/format';
import { t } from '../shared/i18n';
import { CopyMarkdownButton } from './CopyMarkdownButton';
import { SafeMarkdown } from './SafeMarkdown';

interface DebriefViewProps {
  debrief: Debrief;
  /** Where timestamps lead: the call-detail page jumps to the transcript; without it they are plain text. */
  onSeek?(atSec: number): void;
  headingLevel?: 2 | 3;
}

function Timestamp({ atSec, onSeek }: { atSec: number; onSeek?(atSec: number): void }) {
  const label = formatClock(atSec);
  if (!onSeek) return <time className="timestamp">{label}</time>;
  return (
    <button type="button" className="timestamp timestamp-link" onClick={() => onSeek(atSec)} aria-label={t('debrief_go_to', label)}>
      {label}
    </button>
  );
}

function WentWell({ points, onSeek }: { points: DebriefPoint[]; onSeek?(atSec: number): void }) {
  if (points.length === 0) return <p className="muted">{t('debrief_no_strengths')}</p>;
  return (
    <ul className="debrief-points">
      {points.map((point, index) => (
        <li key={`${point.atSec}-${index}`}>
          <Timestamp atSec={point.atSec} onSeek={onSeek} />
          <div className="debrief-prose">
            <SafeMarkdown text={point.text} />
          </div>
        </li>
      ))}
    </ul>
  );
}

function Opportunity({ opportunity, onSeek }: { opportunity: CoachingOpportunity; onSeek?(atSec: number): void }) {
  return (
    <li className="opportunity">
      <div className="opportunity-head">
        <Timestamp atSec={opportunity.atSec} onSeek={onSeek} />
        <div className="debrief-prose opportunity-moment">
          <SafeMarkdown text={opportunity.moment} />
        </div>
      </div>
      <dl className="opportunity-detail">
        <dt>{t('debrief_what_happened')}</dt>
        <dd className="debrief-prose">
          <SafeMarkdown text={opportunity.whatHappened} />
        </dd>
        <dt>{t('debrief_try_instead')}</dt>
        <dd className="debrief-prose try-instead">
          <SafeMarkdown text={opportunity.tryInstead} />
        </dd>
        <dt>{t('debrief_why_it_matters')}</dt>
        <dd className="debrief-prose">
          <SafeMarkdown text={opportunity.whyItMatters} />
        </dd>
      </dl>
    </li>
  );
}

/** The post-call debrief: strengths and coaching opportunities with the moments they rest on. */
export function DebriefView({ debrief, onSeek, headingLevel = 2 }: DebriefViewProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  const idPrefix = useId();
  return (
    <article className="debrief" data-testid="debrief" data-written-by={debrief.writtenBy}>
      <header className="debrief-header">
        <Heading>{t('debrief_title')}</Heading>
        <CopyMarkdownButton markdown={debrief.markdown} />
      </header>
      <section aria-labelledby={`${idPrefix}-went-well`}>
        <Sub id={`${idPrefix}-went-well`}>{t('debrief_went_well')}</Sub>
        <WentWell points={debrief.wentWell} onSeek={onSeek} />
      </section>
      <section aria-labelledby={`${idPrefix}-opportunities`}>
        <Sub id={`${idPrefix}-opportunities`}>{t('debrief_opportunities')}</Sub>
        {debrief.opportunities.length === 0 ? (
          <p className="muted">{t('debrief_no_opportunities')}</p>
        ) : (
          <ol className="opportunities">
            {debrief.opportunities.map((opportunity, index) => (
              <Opportunity key={`${opportunity.atSec}-${index}`} opportunity={opportunity} onSeek={onSeek} />
            ))}
          </ol>
        )}
      </section>
      <section aria-label={t('debrief_skill_connection')} className="skill-connection">
        <Sub>{t('debrief_focus_next_call')}</Sub>
        <dl>
          <dt>{t('debrief_focus')}</dt>
          <dd>{debrief.skillConnection.focus}</dd>
          <dt>{t('debrief_practice')}</dt>
          <dd>{debrief.skillConnection.practice}</dd>
          <dt>{t('debrief_follow_up')}</dt>
          <dd>{debrief.skillConnection.followUp}</dd>
        </dl>
      </section>
      <p className="muted debrief-footnote">
        {t(debrief.writtenBy === 'model' ? 'debrief_written_by_model' : 'debrief_written_by_analysis')}
      </p>
    </article>
  );
}
