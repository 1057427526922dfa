// Content script, in every frame of the meeting sites. It does nothing unless a platform adapter claims the frame
// (Meet and Teams: the page; Zoom: the `iframe#webclient` frame) and the rep left that platform switched on.
// Then it wires the adapter to the live coaching loop, the overlay and the outbox to the background.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { adapterForFrame } from '@/platforms/adapters';
import { createLiveCallStore } from '@/capture/live/live-call-store';
import { loadOverlayLayout, saveOverlayLayout } from '../../components/overlay/overlay-layout-storage';
import { createOverlayUiStore } from '../../components/overlay/overlay-ui-store';
import { createClassifier } from '../../lib/classifier/classifier';
import { repCorrections, withRepCorrections } from '../../lib/classifier/rep-corrections';
import { CAPTURE_PORT, CLASSIFIER_WEIGHTS_REQUEST, REP_CORRECTIONS_REQUEST } from '../../lib/messages';
import { createRuntimeRefiner } from '../../lib/model-tier/refinement-client';
import { MEETING_MATCH_PATTERNS } from '../../platforms/registry';
import { coachOverrides, loadUserSettings, watchUserSettings } from '../../store/user-settings';
import { createCaptureOutbox } from '@/capture/live/capture-outbox';
import { createLiveCall } from '@/capture/live/live-call';
import { createCaptureHealthRelay } from './capture-health-relay';
import { captionsTop } from './captions-top';
import { mountOverlay } from './overlay-mount';
import { overlayPlaybook } from '@/components/overlay/overlay-playbook-from-methodology';

/** Alt+Shift+D hides and shows the overlay (the meetings use Alt+Shift+C and friends for their own controls). */
const HIDE_SHORTCUT = { key: 'd', altKey: true, shiftKey: true };

export default defineContentScript({
  matches: [...MEETING_MATCH_PATTERNS],
  allFrames: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  async main(ctx) {
    const adapter = adapterForFrame(window.location, window === window.top);
    if (!adapter) return;
    let settings = await loadUserSettings();
    if (!settings.platforms[adapter.platform]) return;
    // The weights come from the background (validated on arrival) rather than inside this bundle.
    // The rep's "not an objection" marks from earlier calls (and this one) override the weights for lines like them.
    const corrections = repCorrections(await browser.runtime.sendMessage(REP_CORRECTIONS_REQUEST).catch(() => []));
    const classifier = withRepCorrections(createClassifier(await browser.runtime.sendMessage(CLASSIFIER_WEIGHTS_REQUEST)), corrections);
    ctx.onInvalidated(watchUserSettings((next) => (settings = next)));

    const live = createLiveCallStore();
    const ui = createOverlayUiStore((await loadOverlayLayout(adapter.platform)) ?? {});
    ctx.onInvalidated(
      ui.subscribe((state, previous) => {
        if (state.position !== previous.position || state.collapsed !== previous.collapsed) {
          void saveOverlayLayout(adapter.platform, { position: state.position, collapsed: state.collapsed });
        }
      }),
    );

    const outbox = createCaptureOutbox({
      connect: () => browser.runtime.connect({ name: CAPTURE_PORT }),
      onProblem: (problem) => live.setState({ problem }),
    });
    ctx.onInvalidated(() => outbox.close());
    ctx.onInvalidated(
      ui.subscribe((state, previous) => {
        const callId = live.getState().callId;
        for (const objection of state.notObjections.slice(previous.notObjections.length)) {
          const line = objection.evidence.find((evidence) => evidence.utteranceId && evidence.text);
          if (!line) continue;
          corrections.add(line.text!);
          if (callId) outbox.send({ type: 'not-objection', callId, utteranceId: line.utteranceId! });
        }
      }),
    );

    const liveCall = createLiveCall({
      platform: adapter.platform,
      outbox,
      live,
      classifier,
      repNames: () => settings.repNames,
      settings: () => coachOverrides(settings),
      now: () => Date.now(),
      newCallId: () => crypto.randomUUID(),
      title: () => document.title,
      refine: createRuntimeRefiner((message) => browser.runtime.sendMessage(message)),
      log: (message) => console.warn(`[discovery-coach] ${message}`),
    });

    const captureHealth = createCaptureHealthRelay({
      platform: adapter.platform,
      live,
      versions: () => ({ extensionVersion: browser.runtime.getManifest().version, browser: navigator.userAgent }),
      now: () => Date.now(),
    });
    // The overlay joins the page only once a call is seen, so a meeting site outside a call is left untouched.
    let overlayMounted = false;
    const mountOnce = () => {
      if (overlayMounted) return;
      overlayMounted = true;
      void mountOverlay(ctx, live, ui, overlayPlaybook(settings));
    };
    adapter.start(
      document,
      {
        revision(revision) {
          mountOnce();
          liveCall.revision(revision);
        },
        callState(state) {
          if (state !== 'idle') mountOnce();
          liveCall.callState(state);
        },
        captureStatus(status) {
          if (status.health === 'unreadable') mountOnce();
          captureHealth.status(status);
        },
        warn: (message) => console.warn(`[discovery-coach] ${message}`),
      },
      ctx.signal,
      // The rep's own names, so a caption that shows them only by initials (Zoom) is still theirs.
      { extraSelfLabels: settings.repNames },
    );
    ctx.setInterval(() => {
      liveCall.tick();
      const top = captionsTop(adapter.platform, document);
      if (top !== live.getState().captionsTop) live.setState({ captionsTop: top });
    }, 1_000);
    ctx.addEventListener(window, 'pagehide', () => {
      liveCall.unload();
      captureHealth.close();
    });
    ctx.addEventListener(window, 'keydown', (event) => {
      if (event.altKey === HIDE_SHORTCUT.altKey && event.shiftKey === HIDE_SHORTCUT.shiftKey && event.key.toLowerCase() === HIDE_SHORTCUT.key) {
        ui.getState().toggleHidden();
      }
    });
  },
});
