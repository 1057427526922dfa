import { CHECKLIST_ITEMS, SPIN_ACTS } from '../../lib/types';
import type { CallAnalysis } from '../../lib/engine/analysis-types';
import { formatPercent } from '../shared/format';
import { t } from '../shared/i18n';
import { checklistLabel } from '../shared/labels';
import { talkShareOverAim } from '../shared/talk-share';

interface CompactStatsProps {
  analysis: CallAnalysis;
  talkShareMax: number;
}

/**
 * The figures on one row while a card shows, so the card never pushes them out of sight: talk share, the
 * checklist as dots (each still marked done or open), and how many questions were asked.
 */
export function CompactStats({ analysis, talkShareMax }: CompactStatsProps) {
  const hasSpeech = analysis.repTalkSec + analysis.buyerTalkSec > 0;
  const over = hasSpeech && talkShareOverAim(analysis.repTalkShare, talkShareMax);
  const found = CHECKLIST_ITEMS.filter((item) => analysis.checklist[item]).length;
  const questions = SPIN_ACTS.reduce((sum, act) => sum + analysis.questionCounts[act], 0);
  return (
    <section className="dc-compact" aria-label={t('overlay_compact_section')} data-testid="compact-stats">
      <span className="dc-compact-item">
        <span className="dc-muted">{t('overlay_talk_heading')}</span>{' '}
        <strong className={over ? 'dc-warn-text' : 'dc-good-text'} data-testid="talk-share" data-over={over}>
          {hasSpeech ? formatPercent(analysis.repTalkShare) : '—'}
        </strong>
      </span>
      <span className="dc-compact-item" title={t('overlay_checklist_section')}>
        <span className="dc-muted">{t('overlay_checklist_found', found, CHECKLIST_ITEMS.length)}</span>
        <ul className="dc-dots" data-testid="checklist">
          {CHECKLIST_ITEMS.map((item) => (
            <li key={item} className={`dc-dot${analysis.checklist[item] ? ' dc-dot-done' : ''}`} data-item={item} data-done={String(analysis.checklist[item])}>
              <span className="dc-visually-hidden">
                {checklistLabel(item)} {t(analysis.checklist[item] ? 'overlay_checklist_item_done' : 'overlay_checklist_item_open')}
              </span>
            </li>
          ))}
        </ul>
      </span>
      <span className="dc-compact-item dc-muted">{t('overlay_questions_count', questions)}</span>
    </section>
  );
}
