import type { Platform } from '../../lib/types';

/** How each platform turns captions on. The coach never toggles them itself: the rep decides. */
const CAPTIONS_HOW_TO: Record<Platform, string> = {
  meet: 'Turn on captions (C) so the coach can follow the call.',
  teams: 'Turn on live captions (Alt+Shift+C, or More → Captions) so the coach can follow the call.',
  zoom: 'Turn on captions (the CC button in the toolbar) so the coach can follow the call.',
};

export function CaptionsHint({ platform, onDismiss }: { platform: Platform; onDismiss(): void }) {
  return (
    <div className="dc-panel dc-captions-hint" data-testid="captions-hint" role="status">
      <span className="dc-hint-icon" aria-hidden="true">
        CC
      </span>
      <p className="dc-card-text">{CAPTIONS_HOW_TO[platform]}</p>
      <button type="button" className="dc-icon-button" onClick={onDismiss} aria-label="Dismiss captions reminder" title="Dismiss">
        ×
      </button>
    </div>
  );
}
