import Markdown from 'react-markdown';

/**
 * Debrief prose quotes the buyer's words, which are untrusted caption text. Raw HTML is dropped, and only
 * text formatting survives: links and images are unwrapped to their text, so a caption can never make the
 * page load or open anything.
 */
const TEXT_ELEMENTS = ['p', 'strong', 'em', 'del', 'ul', 'ol', 'li', 'blockquote', 'code', 'pre', 'hr', 'br', 'h1', 'h2', 'h3', 'h4'];

export function SafeMarkdown({ text }: { text: string }) {
  return (
    <Markdown
      skipHtml
      allowedElements={TEXT_ELEMENTS}
      unwrapDisallowed
      components={{
        h1: ({ children }) => <h3>{children}</h3>,
        h2: ({ children }) => <h4>{children}</h4>,
        h3: ({ children }) => <h5>{children}</h5>,
        h4: ({ children }) => <h6>{children}</h6>,
      }}
    >
      {text}
    </Markdown>
  );
}
