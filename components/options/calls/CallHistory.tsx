import { useState } from 'react';
import { optionsRouteHref } from '../hash-route';
import { formatCallDate, formatMinutes, formatPercent } from '../../shared/format';
import { t, tn } from '../../shared/i18n';
import { platformLabel } from '../../shared/labels';
import { MessageWith } from '../../shared/MessageWith';
import type { CallListItem } from '../../shared/call-list-item';
import { CallFilters } from './CallFilters';
import { filterCalls, NO_CALL_FILTER, type CallFilter } from './filter-calls';
import { talkShareOverAim } from '../../shared/talk-share';

function CallRow({ call, talkShareMax }: { call: CallListItem; talkShareMax: number }) {
  const over = call.repTalkShare !== null && talkShareOverAim(call.repTalkShare, talkShareMax);
  return (
    <li>
      <a className="call-row" href={optionsRouteHref({ name: 'call', callId: call.callId })} data-call-id={call.callId}>
        <span className="call-row-main">
          <span className="call-row-title">{call.title || t('shared_untitled_call')}</span>
          <span className="muted call-row-meta">
            {platformLabel(call.platform)} · {call.repName || t('options_rep_unknown')} · {formatCallDate(call.startedAt)}
          </span>
        </span>
        <span className="call-row-figures">
          {call.status === 'live' ? <span className="chip chip-live">{t('options_calls_live')}</span> : <span className="muted">{formatMinutes(call.durationSec ?? 0)}</span>}
          <span className={over ? 'figure-warn' : 'figure-good'} title={t('options_calls_talk_share')}>
            {call.repTalkShare === null ? '—' : formatPercent(call.repTalkShare)}
          </span>
        </span>
      </a>
    </li>
  );
}

export function CallHistory({ calls, talkShareMax }: { calls: CallListItem[]; talkShareMax: number }) {
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
            <ul className="call-list" data-testid="call-list">
              {shown.map((call) => (
                <CallRow key={call.callId} call={call} talkShareMax={talkShareMax} />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
