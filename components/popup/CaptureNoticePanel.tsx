// The popup's word on a meeting tab whose captions cannot be read (with the capture report to copy) or are read in
// fallback mode after a platform redesign.
import { useEffect, useState } from 'react';
import { loadCaptureNotice, watchCaptureNotice, type CaptureNotice } from '../../store/capture-notice';
import { CopyTextButton } from '../shared/CopyTextButton';
import { t } from '../shared/i18n';
import { platformLabel } from '../shared/labels';

export function useCaptureNotice(): CaptureNotice | null {
  const [notice, setNotice] = useState<CaptureNotice | null>(null);
  useEffect(() => {
    void loadCaptureNotice().then(setNotice);
    return watchCaptureNotice(setNotice);
  }, []);
  return notice;
}

export function CaptureNoticePanel({ notice }: { notice: CaptureNotice }) {
  const platform = platformLabel(notice.platform);
  if (notice.health === 'fallback') {
    return (
      <p className="card capture-notice" data-testid="popup-capture-fallback" role="status">
        {t('popup_capture_fallback', platform)}
      </p>
    );
  }
  return (
    <section className="card capture-notice stat-warn" data-testid="popup-capture-unreadable" role="alert">
      <p>{t('popup_capture_unreadable', platform)}</p>
      <CopyTextButton text={() => notice.report} label="popup_capture_copy_report" copied="popup_capture_report_copied" className="button button-secondary" />
    </section>
  );
}
