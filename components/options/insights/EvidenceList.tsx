// The lines a memory statement rests on. A call stored on this computer links to its detail page; a call that
// came in a teammate's memory file is named as text, because there is nothing here to open.
import type { EvidenceRef } from '../../../lib/memory/memory-schema';
import { formatClock } from '../../shared/format';
import { t } from '../../shared/i18n';
import { optionsRouteHref } from '../hash-route';

/** Title of every call stored here, by call id. */
export type StoredCallTitles = ReadonlyMap<string, string>;

function CallName({ callId, storedCalls }: { callId: string; storedCalls: StoredCallTitles }) {
  const title = storedCalls.get(callId);
  if (title === undefined) {
    return (
      <span className="evidence-call evidence-call-elsewhere" title={t('insights_evidence_elsewhere')}>
        {t('insights_evidence_call', callId)}
      </span>
    );
  }
  return (
    <a className="evidence-call" href={optionsRouteHref({ name: 'call', callId })}>
      {title || t('shared_untitled_call')}
    </a>
  );
}

export function EvidenceList({ evidence, storedCalls }: { evidence: readonly EvidenceRef[]; storedCalls: StoredCallTitles }) {
  if (evidence.length === 0) return null;
  return (
    <ul className="evidence-list" aria-label={t('insights_evidence')}>
      {evidence.map((item, index) => (
        <li key={`${item.callId}-${item.atSec}-${index}`} className="evidence" data-call-id={item.callId}>
          <span className="evidence-where">
            <CallName callId={item.callId} storedCalls={storedCalls} /> <span className="timestamp">{t('shared_timestamp', formatClock(item.atSec))}</span>
          </span>{' '}
          {item.speaker ? <span className="evidence-speaker">{t('shared_speaker_says', item.speaker)}</span> : null} <q className="evidence-quote">{item.quote}</q>
        </li>
      ))}
    </ul>
  );
}
