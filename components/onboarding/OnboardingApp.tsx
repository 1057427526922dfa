// The first-run page: a short tour (what the coach does, the privacy promise, captions, the rep's name) ending in a
// demo call the rep can watch without joining a meeting; the privacy policy lives here too. Opened on install and
// from the popup and the options page.
import { useEffect, useRef, type ReactNode } from 'react';
import { browser } from 'wxt/browser';
import { t, type MessageKey } from '../shared/i18n';
import { neighbourStep, onboardingHref, ONBOARDING_STEPS, useOnboardingRoute, type OnboardingStep } from './onboarding-route';
import { PrivacyPolicyPage } from './PrivacyPolicyPage';
import { CaptionsStep } from './steps/CaptionsStep';
import { DemoStep } from './demo/DemoStep';
import { NameStep } from './steps/NameStep';
import { PrivacyStep } from './steps/PrivacyStep';
import { WelcomeStep } from './steps/WelcomeStep';

const STEP_NAMES: Record<OnboardingStep, MessageKey> = {
  welcome: 'onboarding_step_welcome',
  privacy: 'onboarding_step_privacy',
  captions: 'onboarding_step_captions',
  name: 'onboarding_step_name',
  demo: 'onboarding_step_demo',
};

const STEP_TITLES: Record<OnboardingStep, MessageKey> = {
  welcome: 'onboarding_welcome_title',
  privacy: 'onboarding_privacy_title',
  captions: 'onboarding_captions_title',
  name: 'onboarding_name_title',
  demo: 'onboarding_demo_title',
};

const STEP_BODIES: Record<OnboardingStep, () => ReactNode> = {
  welcome: () => <WelcomeStep />,
  privacy: () => <PrivacyStep />,
  captions: () => <CaptionsStep />,
  name: () => <NameStep />,
  demo: () => <DemoStep />,
};

async function closeThisTab() {
  const tab = await browser.tabs.getCurrent();
  if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
}

function TourProgress({ current }: { current: OnboardingStep }) {
  return (
    <nav aria-label={t('onboarding_steps_label')}>
      <ol className="tour-progress">
        {ONBOARDING_STEPS.map((step, index) => (
          <li key={step}>
            <a href={onboardingHref({ name: 'step', step })} aria-current={step === current ? 'step' : undefined}>
              <span className="tour-progress-number" aria-hidden="true">
                {index + 1}
              </span>
              {t(STEP_NAMES[step])}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

function Tour({ step }: { step: OnboardingStep }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const previous = neighbourStep(step, -1);
  const next = neighbourStep(step, 1);
  const isFirstRender = useRef(true);
  useEffect(() => {
    // Moving between steps puts the focus on the new step's heading, so a screen reader announces it.
    if (isFirstRender.current) isFirstRender.current = false;
    else heading.current?.focus();
  }, [step]);

  return (
    <>
      <TourProgress current={step} />
      <section className="tour-step card" data-testid="onboarding-step" data-step={step} aria-labelledby="tour-step-title">
        <h2 id="tour-step-title" ref={heading} tabIndex={-1}>
          {t(STEP_TITLES[step])}
        </h2>
        {STEP_BODIES[step]()}
      </section>
      <footer className="tour-footer">
        {previous ? (
          <a className="button button-secondary" href={onboardingHref({ name: 'step', step: previous })} data-testid="onboarding-back">
            {t('onboarding_back')}
          </a>
        ) : (
          <span />
        )}
        <span className="muted tour-counter">{t('onboarding_step_counter', ONBOARDING_STEPS.indexOf(step) + 1, ONBOARDING_STEPS.length)}</span>
        {next ? (
          <a className="button" href={onboardingHref({ name: 'step', step: next })} data-testid="onboarding-next">
            {t('onboarding_next')}
          </a>
        ) : (
          <button type="button" className="button" onClick={() => void closeThisTab()} data-testid="onboarding-finish">
            {t('onboarding_finish')}
          </button>
        )}
      </footer>
    </>
  );
}

export function OnboardingApp() {
  const route = useOnboardingRoute();
  useEffect(() => {
    document.title = t('onboarding_page_title');
  }, []);
  return (
    <div className="onboarding">
      <header className="onboarding-header">
        <img src="/icon.svg" alt="" width="40" height="40" />
        <h1>{t('onboarding_page_title')}</h1>
        {route.name === 'step' && route.step !== 'demo' ? (
          <a className="onboarding-skip" href={onboardingHref({ name: 'step', step: 'demo' })}>
            {t('onboarding_skip')}
          </a>
        ) : null}
      </header>
      <main className="onboarding-main">{route.name === 'privacy-policy' ? <PrivacyPolicyPage /> : <Tour step={route.step} />}</main>
    </div>
  );
}
