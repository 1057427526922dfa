// What the overlay says when capture is not working as usual: captions on screen that cannot be read (with one
// click to copy the capture report for an issue), or captions read in fallback mode after a platform redesign.
import type { Platform } from '../../lib/types';
import { CopyTextButton } from '../shared/CopyTextButton';
import { t } from '../shared/i18n';
import { platformLabel } from '../shared/labels';

export function CaptionsUnreadable({ platform, report }: { platform: Platform; report: () => string }) {
  return (
    <div className="dc-panel dc-capture-problem" data-testid="captions-unreadable" role="alert">
      <p className="dc-card-text">{t('overlay_capture_unreadable', platformLabel(platform))}</p>
      <p className="dc-capture-help">{t('overlay_capture_report_help')}</p>
      <div className="dc-capture-actions">
        <CopyTextButton
          text={report}
          label="overlay_capture_copy_report"
          copied="overlay_capture_report_copied"
          className="dc-button"
          testId="copy-capture-report"
        />
      </div>
    </div>
  );
}

export function FallbackReading({ platform }: { platform: Platform }) {
  return (
    <p className="dc-fallback" data-testid="capture-fallback" role="status">
      {t('overlay_capture_fallback', platformLabel(platform))}
    </p>
  );
}
