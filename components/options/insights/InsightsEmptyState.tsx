interface InsightsEmptyStateProps {
  kind: 'themes' | 'playbook';
  analyzedCalls: number;
}

const COPY = {
  themes: {
    title: 'Coaching Themes',
    question: 'Which coaching themes keep coming up across calls, and which changes actually helped?',
    empty: 'No themes yet. Themes are strengths and gaps that recur across calls; Discovery Coach does not derive them yet, so nothing is shown rather than guesses.',
  },
  playbook: {
    title: 'Discovery Playbook',
    question: 'Which discovery questions consistently surface real pain and budget on your calls?',
    empty: 'No playbook entries yet. Entries will be the questions that led to uncovered impact or budget on your own calls; Discovery Coach does not collect them yet.',
  },
} as const;

/** The memory sections, honest about being empty until cross-call observations exist. */
export function InsightsEmptyState({ kind, analyzedCalls }: InsightsEmptyStateProps) {
  const copy = COPY[kind];
  return (
    <section className="page-section" aria-labelledby={`${kind}-title`}>
      <h1 id={`${kind}-title`}>{copy.title}</h1>
      <p className="muted">{copy.question}</p>
      <div className="card empty-state" data-testid={`${kind}-empty`}>
        <p>{copy.empty}</p>
        <p className="muted">Calls analyzed so far: {analyzedCalls}.</p>
      </div>
    </section>
  );
}
