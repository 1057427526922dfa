import { useState } from 'react';

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
        Copy as markdown
      </button>
      <span role="status" className="copy-markdown-status">
        {state === 'copied' ? 'Copied' : state === 'failed' ? 'Could not reach the clipboard — select the text and copy it instead.' : ''}
      </span>
    </span>
  );
}
