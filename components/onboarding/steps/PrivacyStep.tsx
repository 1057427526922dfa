import { t, type MessageKey } from '../../shared/i18n';
import { onboardingHref } from '../onboarding-route';

const PROMISES: MessageKey[] = [
  'onboarding_privacy_point_local',
  'onboarding_privacy_point_nothing_sent',
  'onboarding_privacy_point_storage',
  'onboarding_privacy_point_sites',
];

/** Step 2: the privacy promise in plain words, and the one optional download. */
export function PrivacyStep() {
  return (
    <>
      <ul className="tour-promises">
        {PROMISES.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
      <p className="tour-note">{t('onboarding_privacy_point_download')}</p>
      <p>
        <a href={onboardingHref({ name: 'privacy-policy' })} data-testid="privacy-policy-link">
          {t('onboarding_privacy_policy_link')}
        </a>
      </p>
    </>
  );
}
