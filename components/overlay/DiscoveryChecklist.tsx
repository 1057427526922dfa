import { CHECKLIST_ITEMS, type ChecklistItem } from '../../lib/types';
import { CHECKLIST_LABELS } from '../shared/labels';

export function DiscoveryChecklist({ checklist }: { checklist: Record<ChecklistItem, boolean> }) {
  const doneCount = CHECKLIST_ITEMS.filter((item) => checklist[item]).length;
  return (
    <section className="dc-section" aria-label="Discovery checklist">
      <div className="dc-row">
        <span className="dc-label">Uncovered</span>
        <span className="dc-muted">
          {doneCount}/{CHECKLIST_ITEMS.length}
        </span>
      </div>
      <ul className="dc-checklist" data-testid="checklist">
        {CHECKLIST_ITEMS.map((item) => {
          const done = checklist[item];
          return (
            <li
              key={item}
              className={`dc-check${done ? ' dc-check-done' : ''}`}
              data-item={item}
              data-done={String(done)}
            >
              <span className="dc-check-mark" aria-hidden="true">
                {done ? '✓' : ''}
              </span>
              <span>{CHECKLIST_LABELS[item].label}</span>
              <span className="dc-visually-hidden">{done ? ' — uncovered' : ' — still open'}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
