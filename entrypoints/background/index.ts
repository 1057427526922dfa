// The service worker: stores what content scripts capture, closes calls and writes their reports, and recovers
// calls whose tab or browser died mid-call. It holds no call state that a restart could lose: everything is in
// IndexedDB, and content scripts resend what was not acknowledged.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { CAPTURE_PORT } from '../../lib/messages';
import { isMeetingUrl } from '../../platforms/registry';
import { MODEL_TIER_SETTINGS } from '../../lib/model-tier/model-tier-settings';
import { coachDatabase } from '../../store/database';
import { loadUserSettings } from '../../store/user-settings';
import { createCallCloser } from './call-closer';
import { createCaptureServer } from './capture-server';
import { serveClassifierWeights } from './classifier-weights';
import { registerModelTier } from './model-tier';
import { openOnboardingOnInstall } from './onboarding';
import { serveRepCorrections } from './rep-corrections';

/** How long a restarted worker waits for open meeting tabs to reconnect before it calls their calls abandoned. */
const RECONNECT_GRACE_MS = 15_000;

export default defineBackground({
  type: 'module',
  main() {
    const log = (message: string) => console.warn(`[discovery-coach] ${message}`);
    const modelTier = registerModelTier();
    const closer = createCallCloser({
      db: coachDatabase,
      settings: loadUserSettings,
      now: () => Date.now(),
      log,
      modelDebrief: { write: modelTier.writeDebrief, waitMs: MODEL_TIER_SETTINGS.debrief.writeWaitMs },
    });

    const server = createCaptureServer({
      db: coachDatabase,
      extensionId: browser.runtime.id,
      isMeetingUrl,
      now: () => Date.now(),
      onCallEnded: (callId) => closer.close(callId, { status: 'ended', reason: 'left' }),
      onCallAbandoned: (callId) => closer.close(callId, { status: 'ended-unexpectedly', reason: 'disconnected' }),
      log,
    });

    browser.runtime.onConnect.addListener((port) => {
      if (port.name === CAPTURE_PORT) server.accept(port);
    });
    serveClassifierWeights();
    serveRepCorrections();
    openOnboardingOnInstall();

    const recover = async (reason: 'browser-restart' | 'disconnected') => {
      try {
        await closer.recover(server.isCapturing, reason);
      } catch (error) {
        log(`could not recover abandoned calls: ${String(error)}`);
      }
    };
    // After a browser restart no call can still be running; after a worker restart, live tabs reconnect first.
    browser.runtime.onStartup.addListener(() => void recover('browser-restart'));
    setTimeout(() => void recover('disconnected'), RECONNECT_GRACE_MS);
  },
});
