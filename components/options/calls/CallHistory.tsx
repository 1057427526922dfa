import { useState } from 'react';
import { COACH_THIS_RULE, type CoachThisAims, type CoachThisReason } from '../../../lib/manager/coach-this';
import { optionsRouteHref } from '../hash-route';
import { formatCallDate, formatClock, formatMinutes, formatPercent } from '../../shared/format';
import { t, tn } from '../../shared/i18n';
import { MessageWith } from '../../shared/MessageWith';
import type { CallListItem } from '../../shared/call-list-item';
import { CallFilters } from './CallFilters';
import { CallNameCell } from './CallNameCell';
import { callRowFigures } from './call-row-figures';
import { filterCalls, NO_CALL_FILTER, type CallFilter } from './filter-calls';
import { talkShareOverAim } from '../../shared/talk-share';

interface CallHistoryProps {
  calls: CallListItem[];
  /** The rep's aims: talk share colours and the "coach this" rule read against them. */
  aims: CoachThisAims;
  onRename(callId: string, name: string): Promise<void>;
}

const REASON_TEXT: Record<CoachThisReason, 'manager_reason_talk_share' | 'manager_reason_early_pitch' | 'manager_reason_no_next_step'> = {
  'talk-share': 'manager_reason_talk_share',
  'early-pitch': 'manager_reason_early_pitch',
  'no-next-step': 'manager_reason_no_next_step',
};

/** The "coach this" rule in one sentence, with the rep's own numbers. */
export function coachThisRuleText(aims: CoachThisAims): string {
  return t(
    'manager_calls_coach_rule',
    formatPercent(aims.talkShareMax + COACH_THIS_RULE.talkShareOverAimBy),
    formatClock(aims.earlyPitchBeforeSec),
    formatMinutes(COACH_THIS_RULE.nextStepMinCallSec),
  );
}

function CallRow({ call, aims, onRename }: { call: CallListItem; aims: CoachThisAims; onRename: CallHistoryProps['onRename'] }) {
  const figures = callRowFigures(call, aims);
  const over = call.repTalkShare !== null && talkShareOverAim(call.repTalkShare, aims.talkShareMax);
  const reasons = figures.coachThis.map((reason) => t(REASON_TEXT[reason])).join('; ');
  return (
    <tr data-testid="call-row" data-call-id={call.callId} data-coach-this={figures.coachThis.join(' ') || undefined}>
      <td className="call-date">{formatCallDate(call.startedAt)}</td>
      <th scope="row" className="call-name-cell">
        <CallNameCell call={call} onRename={onRename} />
      </th>
      <td className="figure" data-column="duration">
        {call.status === 'live' ? <span className="chip chip-live">{t('options_calls_live')}</span> : formatClock(call.durationSec ?? 0)}
      </td>
      <td className="figure" data-column="talk-share">
        <span className={over ? 'figure-warn' : 'figure-good'} title={t('options_calls_talk_share')}>
          {call.repTalkShare === null ? '—' : formatPercent(call.repTalkShare)}
        </span>
      </td>
      <td className="figure" data-column="checklist">
        {figures.checklistFound === null ? '—' : t('manager_calls_checklist_value', figures.checklistFound, figures.checklistTotal)}
      </td>
      <td className="figure" data-column="first-pitch">
        {figures.firstPitchSec === null ? <span className="muted">{call.analysis ? t('manager_calls_no_pitch') : '—'}</span> : formatClock(figures.firstPitchSec)}
      </td>
      <td className="figure" data-column="objections">
        {figures.objections ?? '—'}
      </td>
      <td data-column="coach-this">
        {figures.coachThis.length > 0 ? (
          <span className="chip chip-coach" title={reasons} data-testid="coach-this">
            {t('manager_calls_coach_flag')}
            <span className="visually-hidden">: {reasons}</span>
          </span>
        ) : null}
      </td>
    </tr>
  );
}

function CallTable({ calls, aims, onRename }: CallHistoryProps) {
  const rule = coachThisRuleText(aims);
  return (
    <div className="call-table-wrap">
      <table className="call-table" data-testid="call-list" aria-describedby="coach-this-rule">
        <thead>
          <tr>
            <th scope="col">{t('manager_calls_col_date')}</th>
            <th scope="col">{t('manager_calls_col_call')}</th>
            <th scope="col" className="figure">{t('manager_calls_col_duration')}</th>
            <th scope="col" className="figure" title={t('options_calls_talk_share')}>{t('manager_calls_col_talk')}</th>
            <th scope="col" className="figure">{t('manager_calls_col_checklist')}</th>
            <th scope="col" className="figure">{t('manager_calls_col_first_pitch')}</th>
            <th scope="col" className="figure">{t('manager_calls_col_objections')}</th>
            <th scope="col" title={rule}>{t('manager_calls_col_coach')}</th>
          </tr>
        </thead>
        <tbody>
          {calls.map((call) => (
            <CallRow key={call.callId} call={call} aims={aims} onRename={onRename} />
          ))}
        </tbody>
      </table>
      <p className="muted call-table-rule" id="coach-this-rule" data-testid="coach-this-rule">
        {rule}
      </p>
    </div>
  );
}

export function CallHistory({ calls, aims, onRename }: CallHistoryProps) {
  const [filter, setFilter] = useState<CallFilter>(NO_CALL_FILTER);
  const shown = filterCalls(calls, filter);
  return (
    <section aria-labelledby="call-history-title" className="page-section">
      <h1 id="call-history-title">{t('options_calls_title')}</h1>
      {calls.length === 0 ? (
        <div className="card empty-state" data-testid="calls-empty">
          <h2>{t('options_calls_empty_title')}</h2>
          <p>
            <MessageWith message="options_calls_empty_text">
              <a href={optionsRouteHref({ name: 'data' })}>{t('options_calls_empty_import')}</a>
            </MessageWith>
          </p>
        </div>
      ) : (
        <>
          <CallFilters filter={filter} onChange={setFilter} />
          <p className="muted" role="status">
            {shown.length === calls.length ? tn('options_calls_count', calls.length) : tn('options_calls_shown', calls.length, shown.length)}
          </p>
          {shown.length === 0 ? (
            <div className="card empty-state">
              <p>{t('options_calls_no_match')}</p>
              <button type="button" className="button button-secondary" onClick={() => setFilter(NO_CALL_FILTER)}>
                {t('options_calls_clear_filters')}
              </button>
            </div>
          ) : (
            <CallTable calls={shown} aims={aims} onRename={onRename} />
          )}
        </>
      )}
    </section>
  );
}
