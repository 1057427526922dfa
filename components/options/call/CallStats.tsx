import type { CallAnalysis } from '../../../lib/engine/analysis-types';
import { CHECKLIST_ITEMS, SPIN_ACTS } from '../../../lib/types';
import { formatClock, formatPercent } from '../../shared/format';
import { t } from '../../shared/i18n';
import { checklistLabel, spinLabel } from '../../shared/labels';
import { talkShareOverAim } from '../../shared/talk-share';

interface CallStatsProps {
  analysis: CallAnalysis;
  talkShareMax: number;
  pitchWindowSec: number;
}

/** The tick marks are hidden from screen readers; this says it in words. */
function DoneText({ done }: { done: boolean }) {
  return <span className="visually-hidden"> {t(done ? 'options_stats_done' : 'options_stats_not_done')}</span>;
}

export function CallStats({ analysis, talkShareMax, pitchWindowSec }: CallStatsProps) {
  const spoke = analysis.repTalkSec + analysis.buyerTalkSec > 0;
  const over = spoke && talkShareOverAim(analysis.repTalkShare, talkShareMax);
  const early = analysis.firstPitchSec !== null && analysis.firstPitchSec < pitchWindowSec;
  return (
    <section className="card" aria-label={t('options_stats')} data-testid="call-stats">
      <div className="stat-row">
        <div className={`stat ${over ? 'stat-warn' : 'stat-good'}`}>
          <div className="stat-value">{spoke ? formatPercent(analysis.repTalkShare) : '—'}</div>
          <div className="stat-label">{t('options_stats_talked', formatPercent(talkShareMax))}</div>
        </div>
        <div className="stat">
          <div className="stat-value">{formatClock(analysis.longestRepMonologueSec)}</div>
          <div className="stat-label">{t('options_stats_longest_monologue')}</div>
        </div>
        <div className={`stat ${early ? 'stat-warn' : ''}`}>
          <div className="stat-value">{analysis.firstPitchSec === null ? t('options_stats_no_pitch') : formatClock(analysis.firstPitchSec)}</div>
          <div className="stat-label">{t('options_stats_first_pitch')}</div>
        </div>
        {SPIN_ACTS.map((act) => (
          <div className="stat" key={act}>
            <div className="stat-value">{analysis.questionCounts[act]}</div>
            <div className="stat-label">{t('options_stats_questions', spinLabel(act))}</div>
          </div>
        ))}
      </div>
      <ul className="checklist-summary" aria-label={t('options_stats_checklist')}>
        {CHECKLIST_ITEMS.map((item) => (
          <li key={item} data-item={item} data-done={String(analysis.checklist[item])} className={analysis.checklist[item] ? 'done' : ''}>
            <span aria-hidden="true">{analysis.checklist[item] ? '✓' : '○'}</span> {checklistLabel(item)}
            <DoneText done={analysis.checklist[item]} />
          </li>
        ))}
        <li className={analysis.upfrontContract ? 'done' : ''} data-item="upfront-contract" data-done={String(analysis.upfrontContract)}>
          <span aria-hidden="true">{analysis.upfrontContract ? '✓' : '○'}</span> {t('options_stats_upfront_contract')}
          <DoneText done={analysis.upfrontContract} />
        </li>
        <li className={analysis.nextStep ? 'done' : ''} data-item="next-step" data-done={String(analysis.nextStep)}>
          <span aria-hidden="true">{analysis.nextStep ? '✓' : '○'}</span> {t('options_stats_next_step')}
          <DoneText done={analysis.nextStep} />
        </li>
      </ul>
    </section>
  );
}
