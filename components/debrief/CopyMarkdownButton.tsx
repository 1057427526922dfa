import { useState } from 'react';
import { t } from '../shared/i18n';

type CopyState = 'idle' | 'copied' | 'failed';

export function CopyMarkdownButton({ markdown }: { markdown: string }) {
  const [state, setState] = useState<CopyState>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(markdown);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <span className="copy-markdown">
      <button type="button" className="button button-secondary" onClick={copy}>
        {t('debrief_copy_markdown')}
      </button>
      <span role="status" className="copy-markdown-status">
        {state === 'copied' ? t('debrief_copied') : state === 'failed' ? t('debrief_copy_failed') : ''}
      </span>
    </span>
  );
}
