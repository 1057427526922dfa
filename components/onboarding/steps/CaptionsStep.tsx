import type { Platform } from '../../../lib/types';
import { t, type MessageKey } from '../../shared/i18n';

interface CaptionGuide {
  platform: Platform;
  picture: string;
  name: MessageKey;
  how: MessageKey;
  alt: MessageKey;
}

/** Our own drawings of where each meeting keeps its captions button (public/onboarding). */
const GUIDES: CaptionGuide[] = [
  { platform: 'meet', picture: '/onboarding/captions-meet.svg', name: 'onboarding_captions_meet_name', how: 'onboarding_captions_meet_how', alt: 'onboarding_captions_meet_alt' },
  { platform: 'teams', picture: '/onboarding/captions-teams.svg', name: 'onboarding_captions_teams_name', how: 'onboarding_captions_teams_how', alt: 'onboarding_captions_teams_alt' },
  { platform: 'zoom', picture: '/onboarding/captions-zoom.svg', name: 'onboarding_captions_zoom_name', how: 'onboarding_captions_zoom_how', alt: 'onboarding_captions_zoom_alt' },
];

/** Step 3: how to switch captions on in each meeting, with a picture of where the button is. */
export function CaptionsStep() {
  return (
    <>
      <p className="tour-lead">{t('onboarding_captions_lead')}</p>
      <div className="caption-guides">
        {GUIDES.map((guide) => (
          <figure key={guide.platform} className="caption-guide" data-platform={guide.platform}>
            <img src={guide.picture} alt={t(guide.alt)} width="320" height="180" />
            <figcaption>
              <h3>{t(guide.name)}</h3>
              <p>{t(guide.how)}</p>
            </figcaption>
          </figure>
        ))}
      </div>
      <p className="tour-note">{t('onboarding_captions_reminder')}</p>
    </>
  );
}
