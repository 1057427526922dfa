import { SPIN_ACTS, type SpinAct } from '../../lib/types';
import { SPIN_LABELS } from '../shared/labels';

export function SpinCounts({ counts }: { counts: Record<SpinAct, number> }) {
  return (
    <section className="dc-section" aria-label="SPIN questions asked">
      <span className="dc-label">Questions</span>
      <ul className="dc-spin" data-testid="spin-counts">
        {SPIN_ACTS.map((act) => (
          <li key={act} className={`dc-spin-item dc-spin-${act}`} data-act={act} title={SPIN_LABELS[act].label}>
            <span className="dc-spin-count">{counts[act]}</span>
            <span className="dc-spin-name">{SPIN_LABELS[act].label}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
