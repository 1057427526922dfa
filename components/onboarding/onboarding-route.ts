// Where the onboarding page is: a tour step or the privacy policy, from the URL's hash (#/captions,
// #/privacy-policy), so the popup and the options page can link straight to the demo or the policy.
import { useEffect, useState } from 'react';

export const ONBOARDING_STEPS = ['welcome', 'privacy', 'captions', 'name', 'demo'] as const;

export type OnboardingStep = (typeof ONBOARDING_STEPS)[number];

export type OnboardingRoute = { name: 'step'; step: OnboardingStep } | { name: 'privacy-policy' };

const isStep = (value: string): value is OnboardingStep => (ONBOARDING_STEPS as readonly string[]).includes(value);

export function parseOnboardingRoute(hash: string): OnboardingRoute {
  const path = hash.replace(/^#\/?/, '');
  if (path === 'privacy-policy') return { name: 'privacy-policy' };
  return { name: 'step', step: isStep(path) ? path : 'welcome' };
}

export function onboardingHref(route: OnboardingRoute): string {
  return route.name === 'privacy-policy' ? '#/privacy-policy' : `#/${route.step}`;
}

/** The step before or after `step`, or null at either end of the tour. */
export function neighbourStep(step: OnboardingStep, offset: -1 | 1): OnboardingStep | null {
  return ONBOARDING_STEPS[ONBOARDING_STEPS.indexOf(step) + offset] ?? null;
}

export function useOnboardingRoute(): OnboardingRoute {
  const [route, setRoute] = useState(() => parseOnboardingRoute(window.location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseOnboardingRoute(window.location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return route;
}
