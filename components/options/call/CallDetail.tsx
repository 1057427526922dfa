import { useState } from 'react';
import type { CallAnalysis, Debrief } from '../../../lib/engine/analysis-types';
import type { CallType, LabeledUtterance, Nudge } from '../../../lib/types';
import { interactionFigures } from '../../../lib/engine/interaction-figures';
import { DebriefView } from '../../debrief/DebriefView';
import { CallTypeControl } from '../../shared/CallTypeControl';
import { InteractionFigures } from '../../shared/InteractionFigures';
import { shownCallName, type CallListItem } from '../../shared/call-list-item';
import { formatCallDate, formatClock, formatMinutes } from '../../shared/format';
import { t } from '../../shared/i18n';
import { platformLabel } from '../../shared/labels';
import { optionsRouteHref } from '../hash-route';
import { ConfirmButton } from '../layout/ConfirmButton';
import { CallStats } from './CallStats';
import { CallTimeline } from './CallTimeline';
import { Transcript, utteranceAt } from './Transcript';

export interface CallDetailModel {
  call: CallListItem;
  analysis: CallAnalysis | null;
  utterances: LabeledUtterance[];
  nudges: Nudge[];
  debrief: Debrief | null;
}

interface CallDetailProps {
  detail: CallDetailModel;
  talkShareMax: number;
  pitchWindowSec: number;
  onDelete(): Promise<void>;
  /** Puts the call in or out of Coaching Themes (memory learns from it, or forgets it). */
  onCoachingThemes(include: boolean): Promise<void>;
  /** The rep corrected the call's type; settles once the background has rewritten the call for it. */
  onCallType?(callType: CallType): Promise<void>;
}

export function CallDetail({ detail, talkShareMax, pitchWindowSec, onDelete, onCoachingThemes, onCallType }: CallDetailProps) {
  const { call, analysis, utterances, nudges, debrief } = detail;
  const [highlightedId, setHighlightedId] = useState<string | null>(null);
  const seek = (atSec: number) => setHighlightedId(utteranceAt(utterances, atSec)?.id ?? null);

  return (
    <article className="page-section call-detail" data-testid="call-detail" data-call-id={call.callId}>
      <a href={optionsRouteHref({ name: 'calls' })} className="back-link">
        {t('options_call_all_calls')}
      </a>
      <header className="call-detail-header">
        <div>
          <h1>{shownCallName(call)}</h1>
          <p className="muted">
            {platformLabel(call.platform)} · {call.repName || t('options_rep_unknown')} · {formatCallDate(call.startedAt)} ·{' '}
            {call.status === 'live' ? t('options_call_live_now') : formatMinutes(call.durationSec ?? 0)}
          </p>
          {/* A live call's type is corrected in the overlay; the stored call follows once it ends. */}
          {analysis?.callType && onCallType && call.status !== 'live' ? (
            <CallTypeControl callType={analysis.callType} source={analysis.callTypeSource} onChange={onCallType} />
          ) : null}
        </div>
        <ConfirmButton
          label={t('options_call_delete')}
          question={t('options_call_delete_question')}
          confirmLabel={t('options_call_delete')}
          onConfirm={onDelete}
        />
      </header>
      <div className="call-detail-columns call-detail-first-screen">
        <section className="card" data-testid="call-debrief">
          {debrief ? (
            <DebriefView debrief={debrief} onSeek={seek} />
          ) : (
            <p className="muted">{t(call.status === 'live' ? 'options_call_debrief_after_end' : 'options_call_no_debrief')}</p>
          )}
        </section>
        <div className="call-detail-side">
          {analysis ? <CallStats analysis={analysis} talkShareMax={talkShareMax} pitchWindowSec={pitchWindowSec} /> : null}
          <NudgeList nudges={nudges} onSeek={seek} />
          {call.status === 'ended' ? <CoachingThemesChoice included={call.coachingThemes} onChange={onCoachingThemes} /> : null}
        </div>
      </div>
      {analysis ? (
        <CallTimeline
          utterances={utterances}
          nudges={nudges}
          firstPitchSec={analysis.firstPitchSec}
          talkShareMax={talkShareMax}
          durationSec={analysis.durationSec}
        />
      ) : null}
      {analysis ? <InteractionFigures rows={interactionFigures(analysis)} timing={call.platform === 'import' ? 'import' : 'live'} /> : null}
      <section className="card" aria-labelledby="transcript-title">
        <h2 id="transcript-title">{t('options_call_transcript')}</h2>
        <Transcript utterances={utterances} highlightedId={highlightedId} labelledBy="transcript-title" />
      </section>
    </article>
  );
}

function NudgeList({ nudges, onSeek }: { nudges: Nudge[]; onSeek(atSec: number): void }) {
  return (
    <section className="card" aria-labelledby="nudges-title" data-testid="call-nudges">
      <h2 id="nudges-title">{t('options_call_nudges')}</h2>
      {nudges.length === 0 ? (
        <p className="muted">{t('options_call_no_nudges')}</p>
      ) : (
        <ol className="nudge-list">
          {[...nudges]
            .sort((a, b) => a.atSec - b.atSec)
            .map((nudge) => (
              <li key={nudge.id} data-kind={nudge.kind}>
                <button
                  type="button"
                  className="timestamp timestamp-link"
                  onClick={() => onSeek(nudge.atSec)}
                  aria-label={t('options_call_go_to', formatClock(nudge.atSec))}
                >
                  {formatClock(nudge.atSec)}
                </button>
                <p className="nudge-line" title={nudge.message}>
                  <strong>{nudge.title}</strong>
                  {nudge.say ? <span className="muted"> · {nudge.say}</span> : null}
                </p>
              </li>
            ))}
        </ol>
      )}
    </section>
  );
}

function CoachingThemesChoice({ included, onChange }: { included: boolean; onChange(include: boolean): Promise<void> }) {
  const [busy, setBusy] = useState(false);
  return (
    <label className="checkbox-row card call-themes-choice">
      <input
        type="checkbox"
        checked={included}
        disabled={busy}
        data-testid="call-coaching-themes"
        onChange={async (event) => {
          setBusy(true);
          try {
            await onChange(event.target.checked);
          } finally {
            setBusy(false);
          }
        }}
      />
      {t('manager_call_feeds_themes')}
    </label>
  );
}
