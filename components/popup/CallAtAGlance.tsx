import type { CallAnalysis, CoachingOpportunity } from '../../lib/engine/analysis-types';
import { CHECKLIST_ITEMS } from '../../lib/types';
import { SafeMarkdown } from '../debrief/SafeMarkdown';
import { formatClock, formatPercent } from '../shared/format';
import { t } from '../shared/i18n';
import { talkShareOverAim } from '../shared/talk-share';

interface CallAtAGlanceProps {
  analysis: CallAnalysis;
  /** The debrief's first coaching opportunity, whose "Try instead" line leads the popup. */
  opportunity: CoachingOpportunity | undefined;
  talkShareMax: number;
  pitchWindowSec: number;
}

/** The popup's first screen after a call: three figures and the one line to try next time; the debrief follows. */
export function CallAtAGlance({ analysis, opportunity, talkShareMax, pitchWindowSec }: CallAtAGlanceProps) {
  const over = talkShareOverAim(analysis.repTalkShare, talkShareMax);
  const found = CHECKLIST_ITEMS.filter((item) => analysis.checklist[item]).length;
  const earlyPitch = analysis.firstPitchSec !== null && analysis.firstPitchSec < pitchWindowSec;
  return (
    <div className="call-glance" data-testid="call-glance">
      <div className="stat-grid stat-grid-three">
        <div className={`stat ${over ? 'stat-warn' : 'stat-good'}`}>
          <div className="stat-value">{formatPercent(analysis.repTalkShare)}</div>
          <div className="stat-label">{t('popup_stat_talk', formatPercent(talkShareMax))}</div>
        </div>
        <div className="stat">
          <div className="stat-value">{t('popup_stat_checklist_count', found, CHECKLIST_ITEMS.length)}</div>
          <div className="stat-label">{t('popup_stat_checklist')}</div>
        </div>
        <div className={`stat ${earlyPitch ? 'stat-warn' : ''}`}>
          <div className="stat-value">{analysis.firstPitchSec === null ? t('popup_no_pitch') : formatClock(analysis.firstPitchSec)}</div>
          <div className="stat-label">{t('popup_stat_first_pitch_short')}</div>
        </div>
      </div>
      {opportunity ? (
        <div className="try-instead-lead" data-testid="try-instead-lead">
          <span className="stat-label">{t('popup_try_next_time')}</span>
          <div className="debrief-prose">
            <SafeMarkdown text={opportunity.tryInstead} />
          </div>
        </div>
      ) : null}
    </div>
  );
}
