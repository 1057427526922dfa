import { CHECKLIST_ITEMS, type ChecklistItem } from '../../lib/types';
import { t } from '../shared/i18n';
import { checklistLabel } from '../shared/labels';

export function DiscoveryChecklist({ checklist }: { checklist: Record<ChecklistItem, boolean> }) {
  const doneCount = CHECKLIST_ITEMS.filter((item) => checklist[item]).length;
  return (
    <section className="dc-section" aria-label={t('overlay_checklist_section')}>
      <div className="dc-row">
        <span className="dc-label">{t('overlay_checklist_heading')}</span>
        <span className="dc-muted">{t('overlay_checklist_count', doneCount, CHECKLIST_ITEMS.length)}</span>
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
              <span>{checklistLabel(item)}</span>
              <span className="dc-visually-hidden"> {t(done ? 'overlay_checklist_item_done' : 'overlay_checklist_item_open')}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
