import { describe, expect, it } from 'vitest';
import { neighbourStep, onboardingHref, ONBOARDING_STEPS, parseOnboardingRoute } from './onboarding-route';

describe('onboarding route', () => {
  it('reads every step and the privacy policy from the hash, and links back to them', () => {
    for (const step of ONBOARDING_STEPS) {
      const route = parseOnboardingRoute(`#/${step}`);
      expect(route).toEqual({ name: 'step', step });
      expect(onboardingHref(route)).toBe(`#/${step}`);
    }
    expect(parseOnboardingRoute('#/privacy-policy')).toEqual({ name: 'privacy-policy' });
    expect(onboardingHref({ name: 'privacy-policy' })).toBe('#/privacy-policy');
  });

  it('starts at the first step for an empty or unknown hash', () => {
    expect(parseOnboardingRoute('')).toEqual({ name: 'step', step: 'welcome' });
    expect(parseOnboardingRoute('#/nowhere')).toEqual({ name: 'step', step: 'welcome' });
  });

  it('walks the steps in order and stops at both ends', () => {
    expect(neighbourStep('welcome', -1)).toBeNull();
    expect(neighbourStep('welcome', 1)).toBe('privacy');
    expect(neighbourStep('name', 1)).toBe('demo');
    expect(neighbourStep('demo', 1)).toBeNull();
  });
});
