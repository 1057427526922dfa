// One run of the onboarding demo: the bundled call plays into the mock meeting on this page, the real Meet caption
// adapter reads it, and the real live loop (the content script's) coaches it into the overlay's stores. Only the
// clock (sped up, pausable) and the outbox (in memory, see demo-outbox.ts) differ from a real call.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { meetAdapter } from '@/platforms/meet/adapter';
import type { CallScript } from '../../../lib/call-script/call-script';
import type { Debrief } from '../../../lib/engine/analysis-types';
import type { LineClassifier } from '../../../lib/engine/labeling';
import { coachOverrides, type UserSettings } from '../../../store/user-settings';
import { createLiveCall } from '@/capture/live/live-call';
import { createLiveCallStore, type LiveCallStore } from '@/capture/live/live-call-store';
import { createOverlayUiStore, type OverlayUiStore } from '../../overlay/overlay-ui-store';
import { createDemoClock } from './demo-clock';
import { createDemoOutbox } from './demo-outbox';
import { createDemoPlayer } from './demo-player';

export type DemoPhase = 'playing' | 'paused' | 'ended';

export interface DemoState {
  phase: DemoPhase;
  speed: number;
  /** Call milliseconds played, and the whole call's. */
  playedMs: number;
  totalMs: number;
  /** The debrief, once the call has ended. */
  debrief: Debrief | null;
}

export interface DemoSession {
  state: StoreApi<DemoState>;
  live: LiveCallStore;
  ui: OverlayUiStore;
  pause(): void;
  resume(): void;
  setSpeed(speed: number): void;
  /** Stops everything this run started; the mock meeting keeps what it shows. */
  stop(): void;
}

export interface DemoSessionOptions {
  document: Document;
  script: CallScript;
  classifier: LineClassifier;
  settings: UserSettings;
  speed: number;
  /** Real milliseconds between the meeting appearing and the first caption (the adapter polls once a second). */
  leadInMs?: number;
  /** Real milliseconds between the live loop's time checks (the content script's is one second at 1×). */
  tickEveryMs?: number;
  log?: (message: string) => void;
}

const DEFAULT_LEAD_IN_MS = 1_500;
const DEFAULT_TICK_EVERY_MS = 200;

export function startDemoSession(options: DemoSessionOptions): DemoSession {
  const log = options.log ?? ((message: string) => console.warn(`[discovery-coach demo] ${message}`));
  // The clock stands still until the lead-in is over (see below).
  const clock = createDemoClock({ startAt: Date.now(), speed: options.speed, paused: true });
  const live = createLiveCallStore();
  const ui = createOverlayUiStore();
  const abort = new AbortController();
  const coachSettings = coachOverrides(options.settings);

  const player = createDemoPlayer({
    document: options.document,
    script: options.script,
    clock,
    // A rewrite every second of call time rather than every 300 ms: sped up, finer steps are a blur anyway.
    timeline: { rewriteEveryMs: 1_000 },
    onProgress: (playedMs) => state.setState({ playedMs }),
    onFinished: () => {},
  });
  const state = createStore<DemoState>(() => ({ phase: 'playing', speed: options.speed, playedMs: 0, totalMs: player.totalMs, debrief: null }));

  const ticker = setInterval(() => {
    if (!clock.paused) liveCall.tick();
  }, options.tickEveryMs ?? DEFAULT_TICK_EVERY_MS);

  const stop = () => {
    clearTimeout(leadIn);
    clearInterval(ticker);
    player.stop();
    abort.abort();
  };

  const outbox = createDemoOutbox(() => {
    // The live loop is still inside its end-of-call bookkeeping: write the debrief once it has finished.
    setTimeout(() => {
      stop();
      const report = outbox.report({ classifier: options.classifier, settings: coachSettings });
      state.setState({ phase: 'ended', playedMs: player.totalMs, debrief: report?.debrief ?? null });
    }, 0);
  });

  const liveCall = createLiveCall({
    platform: 'meet',
    outbox,
    live,
    classifier: options.classifier,
    // The demo's rep is the meeting's "You"; the rep's own name must not turn a buyer of the script into the rep.
    repNames: () => [],
    settings: () => coachSettings,
    now: clock.now,
    newCallId: () => crypto.randomUUID(),
    title: () => options.script.title,
    log,
  });

  meetAdapter.start(
    options.document,
    { revision: (revision) => liveCall.revision(revision), callState: (callState) => liveCall.callState(callState), warn: log },
    abort.signal,
    { now: clock.now },
  );
  player.start();
  // The meeting is on screen, but nobody speaks until the adapter has found it (it looks once a second): a lead-in
  // in real time, so the call clock does not count it.
  const leadIn = setTimeout(() => {
    if (state.getState().phase !== 'playing') return;
    clock.resume();
    player.reschedule();
  }, options.leadInMs ?? DEFAULT_LEAD_IN_MS);

  const setPhase = (phase: DemoPhase) => {
    if (state.getState().phase !== 'ended') state.setState({ phase });
  };

  return {
    state,
    live,
    ui,
    pause() {
      clock.pause();
      player.reschedule();
      setPhase('paused');
    },
    resume() {
      clock.resume();
      player.reschedule();
      setPhase('playing');
    },
    setSpeed(speed) {
      clock.setSpeed(speed);
      player.reschedule();
      state.setState({ speed });
    },
    stop,
  };
}
