import { SPIN_ACTS, type SpinAct } from '../../lib/types';
import { t } from '../shared/i18n';
import { spinLabel } from '../shared/labels';

export function SpinCounts({ counts }: { counts: Record<SpinAct, number> }) {
  return (
    <section className="dc-section" aria-label={t('overlay_spin_section')}>
      <ul className="dc-spin" data-testid="spin-counts">
        {SPIN_ACTS.map((act) => (
          <li key={act} className={`dc-spin-item dc-spin-${act}`} data-act={act} title={spinLabel(act)}>
            <span className="dc-spin-count">{counts[act]}</span>
            <span className="dc-spin-name">{spinLabel(act)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
