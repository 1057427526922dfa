import { PLATFORM_DEFINITIONS } from '../../../platforms/registry';
import { t } from '../../shared/i18n';

/** Each platform's how-to with our own drawing of where it keeps its captions button (public/onboarding). */
export const CAPTION_GUIDES = PLATFORM_DEFINITIONS.map(({ id, captionsHowTo }) => ({
  platform: id,
  picture: captionsHowTo.picture,
  ...captionsHowTo.onboarding,
}));

/** Step 3: how to switch captions on in each meeting, with a picture of where the button is. */
export function CaptionsStep() {
  return (
    <>
      <p className="tour-lead">{t('onboarding_captions_lead')}</p>
      <div className="caption-guides">
        {CAPTION_GUIDES.map((guide) => (
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
