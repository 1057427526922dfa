import { useEffect, useRef, type ReactNode } from 'react';
import { t, type PlainMessageKey } from '../../shared/i18n';
import { optionsRouteHref, type OptionsRoute } from '../hash-route';

const NAV: { route: OptionsRoute; label: PlainMessageKey }[] = [
  { route: { name: 'calls' }, label: 'options_nav_calls' },
  { route: { name: 'trends' }, label: 'options_nav_trends' },
  { route: { name: 'themes' }, label: 'options_nav_themes' },
  { route: { name: 'playbook' }, label: 'options_nav_playbook' },
  { route: { name: 'settings' }, label: 'options_nav_settings' },
  { route: { name: 'data' }, label: 'options_nav_data' },
];

function isCurrent(item: OptionsRoute, current: OptionsRoute): boolean {
  return item.name === current.name || (item.name === 'calls' && current.name === 'call');
}

/**
 * Names the page after its section and, when the rep moves to another section, takes the focus to the content,
 * so keyboard and screen-reader users land where the new page starts (not on the link they left behind).
 */
function useSectionChange(route: OptionsRoute, main: React.RefObject<HTMLElement | null>) {
  const previous = useRef<string | null>(null);
  const current = NAV.find((item) => isCurrent(item.route, route)) ?? NAV[0];
  const routeKey = route.name === 'call' ? `call/${route.callId}` : route.name;
  useEffect(() => {
    document.documentElement.lang = t('options_language');
    document.title = t('options_document_title', t(current.label));
    if (previous.current !== null && previous.current !== routeKey) main.current?.focus({ preventScroll: false });
    previous.current = routeKey;
  }, [routeKey, current.label, main]);
}

export function OptionsLayout({ route, children }: { route: OptionsRoute; children: ReactNode }) {
  const mainRef = useRef<HTMLElement>(null);
  useSectionChange(route, mainRef);
  return (
    <div className="options-shell">
      {/* Routes live in the hash, so the skip link moves the focus itself instead of changing the hash. */}
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          mainRef.current?.focus();
        }}
      >
        {t('options_skip_to_content')}
      </a>
      <div className="options-sidebar">
        <nav className="options-nav" aria-label={t('options_nav')}>
          <div className="brand">
            <span className="brand-mark" aria-hidden="true">
              DC
            </span>
            <span>{t('extension_name')}</span>
          </div>
          <ul>
            {NAV.map((item) => (
              <li key={item.route.name}>
                <a href={optionsRouteHref(item.route)} aria-current={isCurrent(item.route, route) ? 'page' : undefined}>
                  {t(item.label)}
                </a>
              </li>
            ))}
          </ul>
          <p className="nav-note muted">{t('options_nav_note')}</p>
          <ul>
            <li>
              <a href="/onboarding.html" target="_blank" rel="noreferrer" data-testid="options-tour-link">
                {t('onboarding_options_link')}
              </a>
            </li>
            <li>
              <a href="/onboarding.html#/privacy-policy" target="_blank" rel="noreferrer" data-testid="options-privacy-link">
                {t('onboarding_options_policy_link')}
              </a>
            </li>
          </ul>
        </nav>
      </div>
      <main id="main" className="options-main" tabIndex={-1} ref={mainRef}>
        {children}
      </main>
    </div>
  );
}
