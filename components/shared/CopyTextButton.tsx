// One click that puts a text on the clipboard, and says whether it worked (the clipboard can be refused).
import { useState } from 'react';
import { t, type PlainMessageKey } from './i18n';

type CopyState = 'idle' | 'copied' | 'failed';

interface CopyTextButtonProps {
  text: () => string;
  label: PlainMessageKey;
  copied: PlainMessageKey;
  className: string;
  testId?: string;
}

export function CopyTextButton({ text, label, copied, className, testId }: CopyTextButtonProps) {
  const [state, setState] = useState<CopyState>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text());
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <>
      <button type="button" className={className} onClick={copy} data-testid={testId}>
        {t(label)}
      </button>
      <span role="status">{state === 'copied' ? t(copied) : state === 'failed' ? t('shared_copy_failed') : ''}</span>
    </>
  );
}
