// The privacy policy inside the extension, from the same docs/privacy-policy.md the store listing links to, so
// the two can never differ. The file is ours and bundled: its links are kept, raw HTML is not.
import Markdown from 'react-markdown';
import policy from '../../docs/privacy-policy.md?raw';
import { t } from '../shared/i18n';
import { onboardingHref } from './onboarding-route';

/** The file's own title is replaced by the page's heading; its sections sit one level below that. */
const policyBody = policy.replace(/^# .*\n+/, '');

export function PrivacyPolicyPage() {
  return (
    <article className="card privacy-policy" data-testid="privacy-policy">
      <h2>{t('onboarding_policy_title')}</h2>
      <Markdown
        skipHtml
        components={{
          h1: ({ children }) => <h3>{children}</h3>,
          h2: ({ children }) => <h3>{children}</h3>,
          h3: ({ children }) => <h4>{children}</h4>,
          a: ({ href, children }) => (
            <a href={href} target="_blank" rel="noreferrer">
              {children}
            </a>
          ),
        }}
      >
        {policyBody}
      </Markdown>
      <p>
        <a href={onboardingHref({ name: 'step', step: 'privacy' })}>{t('onboarding_policy_back')}</a>
      </p>
    </article>
  );
}
