import type { Platform } from '../../lib/types';
import { t, type PlainMessageKey } from '../shared/i18n';

/** How each platform turns captions on. The coach never toggles them itself: the rep decides. */
const CAPTIONS_HOW_TO: Record<Platform, PlainMessageKey> = {
  meet: 'overlay_captions_meet',
  teams: 'overlay_captions_teams',
  zoom: 'overlay_captions_zoom',
};

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
      <p className="dc-card-text">{t(CAPTIONS_HOW_TO[platform])}</p>
      <button type="button" className="dc-icon-button" onClick={onDismiss} aria-label={t('overlay_captions_dismiss')} title={t('overlay_dismiss_tooltip')}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
