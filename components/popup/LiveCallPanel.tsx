import type { CallAnalysis } from '../../lib/engine/analysis-types';
import { CHECKLIST_ITEMS, SPIN_ACTS } from '../../lib/types';
import { formatClock, formatPercent } from '../shared/format';
import { t } from '../shared/i18n';
import { phaseLabel, platformLabel, spinShortLabel } from '../shared/labels';
import { shownCallName, type CallListItem } from '../shared/call-list-item';
import { talkShareOverAim } from '../shared/talk-share';

interface LiveCallPanelProps {
  call: CallListItem;
  analysis: CallAnalysis | null;
  talkShareMax: number;
  pitchWindowSec: number;
}

export function LiveCallPanel({ call, analysis, talkShareMax, pitchWindowSec }: LiveCallPanelProps) {
  const hasSpeech = analysis !== null && analysis.repTalkSec + analysis.buyerTalkSec > 0;
  const over = hasSpeech && talkShareOverAim(analysis.repTalkShare, talkShareMax);
  const checklistDone = analysis ? CHECKLIST_ITEMS.filter((item) => analysis.checklist[item]).length : 0;
  const earlyPitch = analysis?.firstPitchSec != null && analysis.firstPitchSec < pitchWindowSec;
  return (
    <section className="card live-call" data-testid="live-call" aria-labelledby="live-call-title">
      <div className="live-call-head">
        <span className="live-badge">
          <span className="live-dot" aria-hidden="true" /> {t('popup_live')}
        </span>
        <span className="muted">{platformLabel(call.platform)}</span>
        {analysis ? <span className="chip">{phaseLabel(analysis.phase)}</span> : null}
      </div>
      <h2 id="live-call-title" className="live-call-title">
        {shownCallName(call)}
      </h2>
      {analysis ? (
        <div className="stat-grid">
          <div className={`stat ${over ? 'stat-warn' : 'stat-good'}`}>
            <div className="stat-value" data-testid="popup-talk-share">
              {hasSpeech ? formatPercent(analysis.repTalkShare) : '—'}
            </div>
            <div className="stat-label">{t('popup_stat_talk', formatPercent(talkShareMax))}</div>
          </div>
          <div className="stat">
            <div className="stat-value">{formatClock(analysis.durationSec)}</div>
            <div className="stat-label">{t('popup_stat_elapsed')}</div>
          </div>
          <div className="stat">
            <div className="stat-value" data-testid="popup-spin" aria-hidden="true">
              {SPIN_ACTS.map((act) => analysis.questionCounts[act]).join(' · ')}
            </div>
            <div className="stat-label" aria-hidden="true">
              {t('popup_stat_spin', SPIN_ACTS.map(spinShortLabel).join(' · '))}
            </div>
            <span className="visually-hidden">{t('popup_stat_spin_counts', analysis.questionCounts.situation, analysis.questionCounts.problem, analysis.questionCounts.implication, analysis.questionCounts.need_payoff)}</span>
          </div>
          <div className="stat">
            <div className="stat-value">{t('popup_stat_checklist_count', checklistDone, CHECKLIST_ITEMS.length)}</div>
            <div className="stat-label">{t('popup_stat_checklist')}</div>
          </div>
          <div className={`stat stat-wide ${earlyPitch ? 'stat-warn' : ''}`}>
            <div className="stat-value">{analysis.firstPitchSec === null ? t('popup_not_yet') : formatClock(analysis.firstPitchSec)}</div>
            <div className="stat-label">{t('popup_stat_first_pitch', formatClock(pitchWindowSec))}</div>
          </div>
        </div>
      ) : (
        <p className="muted">{t('popup_listening')}</p>
      )}
    </section>
  );
}
