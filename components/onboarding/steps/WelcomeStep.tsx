import { t, type MessageKey } from '../../shared/i18n';

const POINTS: { key: MessageKey; icon: string }[] = [
  { key: 'onboarding_welcome_point_listen', icon: '/onboarding/point-captions.svg' },
  { key: 'onboarding_welcome_point_overlay', icon: '/onboarding/point-overlay.svg' },
  { key: 'onboarding_welcome_point_objection', icon: '/onboarding/point-objection.svg' },
  { key: 'onboarding_welcome_point_debrief', icon: '/onboarding/point-debrief.svg' },
];

/** Step 1: what the coach does, in four points. */
export function WelcomeStep() {
  return (
    <>
      <p className="tour-lead">{t('onboarding_welcome_lead')}</p>
      <ul className="tour-points">
        {POINTS.map(({ key, icon }) => (
          <li key={key}>
            <img src={icon} alt="" width="36" height="36" />
            <span>{t(key)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
