import { useState } from 'react';
import { optionsRouteHref } from '../hash-route';
import { formatCallDate, formatMinutes, formatPercent } from '../../shared/format';
import { PLATFORM_LABELS } from '../../shared/labels';
import type { CallListItem } from '../../shared/call-list-item';
import { CallFilters } from './CallFilters';
import { filterCalls, NO_CALL_FILTER, type CallFilter } from './filter-calls';

function CallRow({ call, talkShareMax }: { call: CallListItem; talkShareMax: number }) {
  const over = call.repTalkShare !== null && call.repTalkShare > talkShareMax;
  return (
    <li>
      <a className="call-row" href={optionsRouteHref({ name: 'call', callId: call.callId })} data-call-id={call.callId}>
        <span className="call-row-main">
          <span className="call-row-title">{call.title || 'Untitled call'}</span>
          <span className="muted call-row-meta">
            {PLATFORM_LABELS[call.platform]} · {call.repName || 'Rep'} · {formatCallDate(call.startedAt)}
          </span>
        </span>
        <span className="call-row-figures">
          {call.status === 'live' ? <span className="chip chip-live">Live</span> : <span className="muted">{formatMinutes(call.durationSec ?? 0)}</span>}
          <span className={over ? 'figure-warn' : 'figure-good'} title="Your talk share">
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
      <h1 id="call-history-title">Calls</h1>
      {calls.length === 0 ? (
        <div className="card empty-state" data-testid="calls-empty">
          <h2>No calls yet</h2>
          <p>
            Join a Google Meet, Microsoft Teams or Zoom call with captions on, or <a href={optionsRouteHref({ name: 'data' })}>import a past transcript</a>.
          </p>
        </div>
      ) : (
        <>
          <CallFilters filter={filter} onChange={setFilter} />
          <p className="muted" role="status">
            {shown.length === calls.length ? `${calls.length} calls` : `${shown.length} of ${calls.length} calls`}
          </p>
          {shown.length === 0 ? (
            <div className="card empty-state">
              <p>No calls match these filters.</p>
              <button type="button" className="button button-secondary" onClick={() => setFilter(NO_CALL_FILTER)}>
                Clear filters
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
