import { formatCallDate, formatMinutes, formatPercent } from '../shared/format';
import { PLATFORM_LABELS } from '../shared/labels';
import { callDetailHref, type CallListItem } from '../shared/call-list-item';

export function RecentCalls({ calls }: { calls: CallListItem[] }) {
  return (
    <section aria-labelledby="recent-calls-title" data-testid="recent-calls">
      <div className="recent-head">
        <h2 id="recent-calls-title" className="section-label">
          Recent calls
        </h2>
        <a href="/options.html#/calls" target="_blank" rel="noreferrer">
          All calls
        </a>
      </div>
      {calls.length === 0 ? (
        <p className="muted">No calls yet. Join a Google Meet, Teams or Zoom call with captions on.</p>
      ) : (
        <ul className="recent-list">
          {calls.map((call) => (
            <li key={call.callId}>
              <a href={callDetailHref(call.callId)} target="_blank" rel="noreferrer" className="recent-link" data-call-id={call.callId}>
                <span className="recent-title">{call.title || 'Untitled call'}</span>
                <span className="recent-meta">
                  {PLATFORM_LABELS[call.platform]} · {formatCallDate(call.startedAt)}
                  {call.durationSec !== null ? ` · ${formatMinutes(call.durationSec)}` : ' · live'}
                  {call.repTalkShare !== null ? ` · you ${formatPercent(call.repTalkShare)}` : ''}
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
