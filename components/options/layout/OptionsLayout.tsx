import type { ReactNode } from 'react';
import { optionsRouteHref, type OptionsRoute } from '../hash-route';

const NAV: { route: OptionsRoute; label: string }[] = [
  { route: { name: 'calls' }, label: 'Calls' },
  { route: { name: 'trends' }, label: 'Trends' },
  { route: { name: 'themes' }, label: 'Coaching Themes' },
  { route: { name: 'playbook' }, label: 'Discovery Playbook' },
  { route: { name: 'settings' }, label: 'Settings' },
  { route: { name: 'data' }, label: 'Import & export' },
];

function isCurrent(item: OptionsRoute, current: OptionsRoute): boolean {
  return item.name === current.name || (item.name === 'calls' && current.name === 'call');
}

export function OptionsLayout({ route, children }: { route: OptionsRoute; children: ReactNode }) {
  return (
    <div className="options-shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <nav className="options-nav" aria-label="Sections">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            DC
          </span>
          <span>Discovery Coach</span>
        </div>
        <ul>
          {NAV.map((item) => (
            <li key={item.route.name}>
              <a href={optionsRouteHref(item.route)} aria-current={isCurrent(item.route, route) ? 'page' : undefined}>
                {item.label}
              </a>
            </li>
          ))}
        </ul>
        <p className="nav-note muted">Everything stays on this computer.</p>
      </nav>
      <main id="main" className="options-main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
