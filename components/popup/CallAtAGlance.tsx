import type { ReactNode } from 'react';
import type { CallAnalysis, CoachingOpportunity } from '../../lib/engine/analysis-types';
import { METHODOLOGY } from '../../lib/engine/methodology';
import type { GlanceFigure } from '../../lib/engine/methodology/schema';
import { CHECKLIST_ITEMS, SPIN_ACTS } from '../../lib/types';
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

interface Stat {
  value: ReactNode;
  label: string;
  tone?: 'warn' | 'good';
}

/** One figure of the first screen; which three show depends on the call type (seeds/methodology/call-types.json). */
function glanceStat(figure: GlanceFigure, analysis: CallAnalysis, talkShareMax: number, pitchWindowSec: number): Stat {
  switch (figure) {
    case 'talkShare':
      return {
        value: formatPercent(analysis.repTalkShare),
        label: t('popup_stat_talk', formatPercent(talkShareMax)),
        tone: talkShareOverAim(analysis.repTalkShare, talkShareMax) ? 'warn' : 'good',
      };
    case 'checklist':
      return {
        value: t('popup_stat_checklist_count', CHECKLIST_ITEMS.filter((item) => analysis.checklist[item]).length, CHECKLIST_ITEMS.length),
        label: t('popup_stat_checklist'),
      };
    case 'firstPitch':
      return {
        value: analysis.firstPitchSec === null ? t('popup_no_pitch') : formatClock(analysis.firstPitchSec),
        label: t('popup_stat_first_pitch_short'),
        tone: analysis.firstPitchSec !== null && analysis.firstPitchSec < pitchWindowSec ? 'warn' : undefined,
      };
    case 'questions':
      return {
        value: String(analysis.repQuestionCount ?? SPIN_ACTS.reduce((sum, act) => sum + analysis.questionCounts[act], 0)),
        label: t('call_type_glance_questions'),
      };
    case 'objections':
      return { value: String(analysis.objections.filter((objection) => objection.withdrawnAtSec === undefined).length), label: t('call_type_glance_objections') };
    case 'nextStep':
      return {
        value: t(analysis.nextStep ? 'call_type_glance_next_step_agreed' : 'call_type_glance_next_step_none'),
        label: t('call_type_glance_next_step'),
        tone: analysis.nextStep ? 'good' : 'warn',
      };
  }
}

/** The popup's first screen after a call: three figures for its call type and the one line to try next time; the debrief follows. */
export function CallAtAGlance({ analysis, opportunity, talkShareMax, pitchWindowSec }: CallAtAGlanceProps) {
  const { glance } = METHODOLOGY.callTypes.types[analysis.callType ?? METHODOLOGY.callTypes.defaultType];
  return (
    <div className="call-glance" data-testid="call-glance">
      <div className="stat-grid stat-grid-three">
        {glance.map((figure) => {
          const stat = glanceStat(figure, analysis, talkShareMax, pitchWindowSec);
          return (
            <div key={figure} className={`stat${stat.tone ? ` stat-${stat.tone}` : ''}`} data-figure={figure}>
              <div className="stat-value">{stat.value}</div>
              <div className="stat-label">{stat.label}</div>
            </div>
          );
        })}
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
