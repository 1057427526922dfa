import type { Platform } from '../../lib/types';
import { platformDefinition } from '../../platforms/registry';
import { t } from '../shared/i18n';

export function CaptionsHint({ platform, onDismiss }: { platform: Platform; onDismiss(): void }) {
  return (
    <div
      className="dc-panel dc-captions-hint"
      data-testid="captions-hint"
      role="status"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDismiss();
      }}
    >
      <span className="dc-hint-icon" aria-hidden="true">
        CC
      </span>
      {/* How this platform turns captions on. The coach never toggles them itself: the rep decides. */}
      <p className="dc-card-text">{t(platformDefinition(platform).captionsHowTo.overlayHint)}</p>
      <button type="button" className="dc-icon-button" onClick={onDismiss} aria-label={t('overlay_captions_dismiss')} title={t('overlay_dismiss_tooltip')}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
