import type { CallAnalysis, Debrief } from '../../lib/engine/analysis-types';
import type { NextTheme as RepNextTheme } from '../../lib/memory/next-theme';
import type { CallType } from '../../lib/types';
import { DebriefView } from '../debrief/DebriefView';
import { CallTypeControl } from '../shared/CallTypeControl';
import { callDetailHref, shownCallName, type CallListItem } from '../shared/call-list-item';
import { formatCallDate } from '../shared/format';
import { t } from '../shared/i18n';
import type { CaptureNotice } from '../../store/capture-notice';
import { CaptureNoticePanel } from './CaptureNoticePanel';
import { CallAtAGlance } from './CallAtAGlance';
import { LiveCallPanel } from './LiveCallPanel';
import { NextTheme } from './NextTheme';
import { NextQuestions, type PhaseGuidance } from './NextQuestions';
import { RecentCalls } from './RecentCalls';

export interface PopupModel {
  live: { call: CallListItem; analysis: CallAnalysis | null; guidance: PhaseGuidance | null } | null;
  /** The most recent ended call, with its debrief once the background has written it. */
  latest: { call: CallListItem; debrief: Debrief | null; analysis?: CallAnalysis | null } | null;
  recent: CallListItem[];
  /** The rep's coaching theme to work on next, from memory; none until a gap has recurred. */
  nextTheme?: RepNextTheme | null;
  /** A meeting tab's capture problem: captions it cannot read, or reading in fallback mode. */
  captureNotice?: CaptureNotice | null;
}

interface PopupViewProps {
  model: PopupModel;
  talkShareMax: number;
  pitchWindowSec: number;
  /** The rep corrected the latest call's type; settles once the background has rewritten its debrief. */
  onCallType?(callId: string, callType: CallType): Promise<void>;
}

function LatestDebrief({
  latest,
  talkShareMax,
  pitchWindowSec,
  onCallType,
}: {
  latest: NonNullable<PopupModel['latest']>;
  talkShareMax: number;
  pitchWindowSec: number;
  onCallType?: PopupViewProps['onCallType'];
}) {
  const callType = latest.analysis?.callType;
  return (
    <section className="card" aria-label={t('popup_latest_call')}>
      <p className="muted latest-call-meta">
        <a href={callDetailHref(latest.call.callId)} target="_blank" rel="noreferrer">
          {shownCallName(latest.call)}
        </a>{' '}
        · {formatCallDate(latest.call.startedAt)}
      </p>
      {callType && onCallType ? (
        <CallTypeControl callType={callType} source={latest.analysis?.callTypeSource} onChange={(next) => onCallType(latest.call.callId, next)} />
      ) : null}
      {latest.analysis ? (
        <CallAtAGlance analysis={latest.analysis} opportunity={latest.debrief?.opportunities[0]} talkShareMax={talkShareMax} pitchWindowSec={pitchWindowSec} />
      ) : null}
      {latest.debrief ? (
        <DebriefView debrief={latest.debrief} />
      ) : (
        <p className="muted" data-testid="debrief-pending">
          {t('popup_debrief_pending')}
        </p>
      )}
    </section>
  );
}

function Welcome() {
  return (
    <section className="card empty-state" data-testid="popup-empty">
      <h2>{t('popup_welcome_title')}</h2>
      <p>{t('popup_welcome_text')}</p>
    </section>
  );
}

export function PopupView({ model, talkShareMax, pitchWindowSec, onCallType }: PopupViewProps) {
  const recentOthers = model.recent.filter((call) => call.callId !== model.live?.call.callId && call.callId !== model.latest?.call.callId);
  return (
    <main className="popup">
      <header className="popup-header">
        <h1>{t('extension_name')}</h1>
        <a href="/onboarding.html" target="_blank" rel="noreferrer" title={t('onboarding_popup_link_title')} data-testid="popup-tour-link">
          {t('onboarding_popup_link')}
        </a>
        <a href="/options.html#/settings" target="_blank" rel="noreferrer" className="muted">
          {t('popup_settings')}
        </a>
      </header>
      {model.captureNotice ? <CaptureNoticePanel notice={model.captureNotice} /> : null}
      {model.live ? (
        <>
          <LiveCallPanel call={model.live.call} analysis={model.live.analysis} talkShareMax={talkShareMax} pitchWindowSec={pitchWindowSec} />
          {model.live.guidance ? <NextQuestions guidance={model.live.guidance} /> : null}
          <NextTheme theme={model.nextTheme ?? null} duringCall />
        </>
      ) : (
        <>
          <NextTheme theme={model.nextTheme ?? null} />
          {model.latest ? <LatestDebrief latest={model.latest} talkShareMax={talkShareMax} pitchWindowSec={pitchWindowSec} onCallType={onCallType} /> : <Welcome />}
        </>
      )}
      {recentOthers.length > 0 || (!model.live && !model.latest) ? <RecentCalls calls={recentOthers.slice(0, 5)} /> : null}
    </main>
  );
}
