import { useEffect, useId, useRef, useState } from 'react';
import { t } from '../../shared/i18n';

interface ConfirmButtonProps {
  label: string;
  /** What will happen, in plain words, shown before anything is done. */
  question: string;
  confirmLabel: string;
  onConfirm(): Promise<void>;
}

type Phase = { name: 'idle' } | { name: 'asking' } | { name: 'working' } | { name: 'failed'; message: string };

/** A destructive action that asks first, inline, and reports a failure instead of swallowing it. */
export function ConfirmButton({ label, question, confirmLabel, onConfirm }: ConfirmButtonProps) {
  const [phase, setPhase] = useState<Phase>({ name: 'idle' });
  const cancelRef = useRef<HTMLButtonElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const questionId = useId();

  useEffect(() => {
    if (phase.name === 'asking') cancelRef.current?.focus();
  }, [phase.name]);

  const cancel = () => {
    setPhase({ name: 'idle' });
    requestAnimationFrame(() => triggerRef.current?.focus());
  };
  const confirm = async () => {
    setPhase({ name: 'working' });
    try {
      await onConfirm();
      setPhase({ name: 'idle' });
    } catch (error) {
      setPhase({ name: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  if (phase.name === 'asking' || phase.name === 'working') {
    return (
      <div
        className="confirm"
        role="alertdialog"
        aria-labelledby={questionId}
        onKeyDown={(event) => {
          if (event.key === 'Escape') cancel();
        }}
      >
        <p id={questionId}>{question}</p>
        <div className="confirm-actions">
          <button type="button" className="button button-danger" onClick={confirm} disabled={phase.name === 'working'}>
            {phase.name === 'working' ? t('options_confirm_working') : confirmLabel}
          </button>
          <button type="button" className="button button-secondary" onClick={cancel} ref={cancelRef} disabled={phase.name === 'working'}>
            {t('options_confirm_cancel')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="confirm-trigger">
      <button type="button" className="button button-secondary button-danger-outline" ref={triggerRef} onClick={() => setPhase({ name: 'asking' })}>
        {label}
      </button>
      {phase.name === 'failed' ? (
        <p className="error-text" role="alert">
          {t('options_confirm_failed', phase.message)}
        </p>
      ) : null}
    </div>
  );
}
