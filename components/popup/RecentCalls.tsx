import { formatCallDate, formatMinutes, formatPercent } from '../shared/format';
import { t } from '../shared/i18n';
import { platformLabel } from '../shared/labels';
import { callDetailHref, shownCallName, type CallListItem } from '../shared/call-list-item';

export function RecentCalls({ calls }: { calls: CallListItem[] }) {
  return (
    <section aria-labelledby="recent-calls-title" data-testid="recent-calls">
      <div className="recent-head">
        <h2 id="recent-calls-title" className="section-label">
          {t('popup_recent_calls')}
        </h2>
        <a href="/options.html#/calls" target="_blank" rel="noreferrer">
          {t('popup_all_calls')}
        </a>
      </div>
      {calls.length === 0 ? (
        <p className="muted">{t('popup_no_calls')}</p>
      ) : (
        <ul className="recent-list">
          {calls.map((call) => (
            <li key={call.callId}>
              <a href={callDetailHref(call.callId)} target="_blank" rel="noreferrer" className="recent-link" data-call-id={call.callId}>
                <span className="recent-title">{shownCallName(call)}</span>
                <span className="recent-meta">
                  {[
                    platformLabel(call.platform),
                    formatCallDate(call.startedAt),
                    call.durationSec !== null ? formatMinutes(call.durationSec) : t('popup_recent_live'),
                    ...(call.repTalkShare !== null ? [t('popup_recent_your_share', formatPercent(call.repTalkShare))] : []),
                  ].join(' · ')}
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
