import type { CoachingOpportunity, Debrief, DebriefPoint } from '../../lib/engine/analysis-types';
import { formatClock } from '../shared/format';
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
    <button type="button" className="timestamp timestamp-link" onClick={() => onSeek(atSec)} aria-label={`Go to ${label} in the transcript`}>
      {label}
    </button>
  );
}

function WentWell({ points, onSeek }: { points: DebriefPoint[]; onSeek?(atSec: number): void }) {
  if (points.length === 0) return <p className="muted">Nothing stood out as a strength on this call yet.</p>;
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
        <dt>What happened</dt>
        <dd className="debrief-prose">
          <SafeMarkdown text={opportunity.whatHappened} />
        </dd>
        <dt>Try instead</dt>
        <dd className="debrief-prose try-instead">
          <SafeMarkdown text={opportunity.tryInstead} />
        </dd>
        <dt>Why it matters</dt>
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
  return (
    <article className="debrief" data-testid="debrief" data-written-by={debrief.writtenBy}>
      <header className="debrief-header">
        <Heading>Debrief</Heading>
        <CopyMarkdownButton markdown={debrief.markdown} />
      </header>
      <section aria-label="What went well">
        <Sub>What went well</Sub>
        <WentWell points={debrief.wentWell} onSeek={onSeek} />
      </section>
      <section aria-label="Coaching opportunities">
        <Sub>Coaching opportunities</Sub>
        {debrief.opportunities.length === 0 ? (
          <p className="muted">No coaching opportunities found on this call.</p>
        ) : (
          <ol className="opportunities">
            {debrief.opportunities.map((opportunity, index) => (
              <Opportunity key={`${opportunity.atSec}-${index}`} opportunity={opportunity} onSeek={onSeek} />
            ))}
          </ol>
        )}
      </section>
      <section aria-label="Skill connection" className="skill-connection">
        <Sub>Your focus for the next call</Sub>
        <dl>
          <dt>Focus</dt>
          <dd>{debrief.skillConnection.focus}</dd>
          <dt>Practice</dt>
          <dd>{debrief.skillConnection.practice}</dd>
          <dt>Follow-up</dt>
          <dd>{debrief.skillConnection.followUp}</dd>
        </dl>
      </section>
      <p className="muted debrief-footnote">
        {debrief.writtenBy === 'model' ? 'Written by the on-device model.' : 'Written on your machine from the call analysis.'}
      </p>
    </article>
  );
}
