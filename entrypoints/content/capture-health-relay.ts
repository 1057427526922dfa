// Passes the caption reader's capture health on to the rep: the overlay's store (the plain message, fallback
// mode, the report to copy) and, while something is wrong, the popup's notice in extension storage.
import type { CaptureStatus } from '../../capture/caption-adapter';
import type { LiveCallStore } from '@/capture/live/live-call-store';
import type { Platform } from '../../lib/types';
import { publishCaptureNotice } from '../../store/capture-notice';

export interface CaptureHealthRelayOptions {
  platform: Platform;
  live: LiveCallStore;
  versions: () => { extensionVersion: string; browser: string };
  now: () => number;
}

export function createCaptureHealthRelay({ platform, live, versions, now }: CaptureHealthRelayOptions) {
  let noticeShown = false;
  const clearNotice = () => {
    if (!noticeShown) return;
    noticeShown = false;
    void publishCaptureNotice(null);
  };
  return {
    status(status: CaptureStatus): void {
      const report = () => status.report(versions());
      live.setState({ capture: { health: status.health, report } });
      if (status.health === 'unreadable' || status.health === 'fallback') {
        noticeShown = true;
        void publishCaptureNotice({ platform, health: status.health, report: report(), at: now() });
      } else clearNotice();
    },
    /** The page is going away: its notice goes with it. */
    close: clearNotice,
  };
}
