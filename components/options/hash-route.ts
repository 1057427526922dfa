// The options page's routes live in the URL hash (options.html#/call/ID), so the popup can link straight
// to a call and the back button works without a router library.
import { useEffect, useState } from 'react';

export type OptionsRoute =
  | { name: 'calls' }
  | { name: 'call'; callId: string }
  | { name: 'trends' }
  | { name: 'themes' }
  | { name: 'playbook' }
  | { name: 'settings' }
  | { name: 'data' };

const SIMPLE_ROUTES = ['calls', 'trends', 'themes', 'playbook', 'settings', 'data'] as const;

export function parseOptionsRoute(hash: string): OptionsRoute {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const [head, id] = parts;
  if (head === 'call' && id) return { name: 'call', callId: safeDecode(id) };
  const simple = SIMPLE_ROUTES.find((name) => name === head);
  return simple ? { name: simple } : { name: 'calls' };
}

export function optionsRouteHref(route: OptionsRoute): string {
  return route.name === 'call' ? `#/call/${encodeURIComponent(route.callId)}` : `#/${route.name}`;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

export function useOptionsRoute(): OptionsRoute {
  const [route, setRoute] = useState(() => parseOptionsRoute(window.location.hash));
  useEffect(() => {
    const onHashChange = () => setRoute(parseOptionsRoute(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  return route;
}
