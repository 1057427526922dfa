// The rep's say on what kind of call this was: a labelled select of the four call types, with where the current
// type came from (read from the opening, assumed, or set by the rep). The overlay, the popup and the call page
// all use it; each decides what a change does (the live session, or the background rewriting the stored call).
import { useId, useState, useEffect } from 'react';
import type { CallTypeReading } from '../../lib/engine/call-type';
import { CALL_TYPES, type CallType } from '../../lib/types';
import { t, type PlainMessageKey } from './i18n';

const TYPE_LABELS: Record<CallType, PlainMessageKey> = {
  discovery: 'call_type_discovery',
  'follow-up': 'call_type_follow_up',
  pricing: 'call_type_pricing',
  'cold-call': 'call_type_cold_call',
};

const SOURCE_LABELS: Record<CallTypeReading['source'], PlainMessageKey> = {
  detected: 'call_type_source_detected',
  rep: 'call_type_source_rep',
  default: 'call_type_source_default',
};

const callTypeLabel = (callType: CallType) => t(TYPE_LABELS[callType]);

interface CallTypeControlProps {
  callType: CallType;
  /** Where the type came from; calls stored before call types were read have none. */
  source?: CallTypeReading['source'];
  /** Applies the change at once, or returns a promise that settles once it is applied (a rejection tells the rep it failed). */
  onChange(callType: CallType): void | Promise<void>;
  /** Class of the wrapper, for the overlay's own styles. */
  className?: string;
}

export function CallTypeControl({ callType, source, onChange, className = 'call-type-control' }: CallTypeControlProps) {
  const id = useId();
  // The rep's pick shows at once; the stored type catches up when the background has rewritten the call.
  const [chosen, setChosen] = useState<CallType | null>(null);
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  useEffect(() => setChosen(null), [callType, source]);
  const shown = chosen ?? callType;

  const change = (next: CallType) => {
    setChosen(next);
    const applied = onChange(next);
    if (!applied) return;
    setState('busy');
    applied.then(
      () => setState('idle'),
      () => {
        setChosen(null);
        setState('failed');
      },
    );
  };

  return (
    <div className={className} data-testid="call-type-control" data-call-type={shown} data-source={source}>
      <label htmlFor={`${id}-select`} className="call-type-label">
        {t('call_type_label')}
      </label>
      <select
        id={`${id}-select`}
        className="call-type-select"
        data-testid="call-type-select"
        value={shown}
        aria-describedby={source ? `${id}-source` : undefined}
        onChange={(event) => change(event.target.value as CallType)}
      >
        {CALL_TYPES.map((type) => (
          <option key={type} value={type}>
            {callTypeLabel(type)}
          </option>
        ))}
      </select>
      {source ? (
        <span id={`${id}-source`} className="call-type-source" data-testid="call-type-source">
          {t(SOURCE_LABELS[chosen && chosen !== callType ? 'rep' : source])}
        </span>
      ) : null}
      <span className="call-type-status" role="status">
        {state === 'busy' ? t('call_type_rewriting') : state === 'failed' ? t('call_type_failed') : ''}
      </span>
    </div>
  );
}
