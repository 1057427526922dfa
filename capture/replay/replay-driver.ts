// Plays a call script into a meeting page's caption DOM: compiles the caption timeline, hands the steps to the
// platform's renderer at their times (compressed by `speed`), and at the end removes the in-call marker, as if the
// rep left the call. Timing is plain setTimeout, one timer at a time, so fake timers drive it in unit tests and
// the onboarding demo and the e2e fixture pages run it unchanged.
import type { CallScript } from '../../lib/call-script/call-script';
import { compileCaptionTimeline, type TimelineOptions } from '../../lib/call-script/caption-timeline';
import type { Platform } from '../../lib/types';
import { REPLAY_RENDERERS } from '../../platforms/replay-renderers';
import { drawCaptionsInClosedShadowRoot, type ReplayPageOptions } from './caption-renderer';
import { applyRedesign, type RedesignOptions } from './redesign';

export interface CallReplayOptions extends ReplayPageOptions, TimelineOptions {
  /** Time compression: 60 plays one call minute per second. Default 1 (real time). */
  speed?: number;
  /** Remove the in-call marker when the script is over (the call ends). Default true. */
  endCall?: boolean;
  /**
   * Real milliseconds (not compressed by `speed`) between captions being switched on and the first caption, so a
   * reader that polls for the caption container about once a second is attached before anyone speaks. Default 1500.
   */
  captionsLeadInMs?: number;
  /** The page draws its captions inside a closed shadow root: on screen, but unreadable to any extension. */
  captionsUnreadable?: boolean;
  /** The platform ships a redesign of its caption DOM: from the start, or `atSec` call seconds into the call. */
  redesign?: RedesignOptions & { atSec?: number };
}

export interface CallReplay {
  /** Settles when the replay has finished (after the call ended, if `endCall`) or was stopped. */
  done: Promise<void>;
  /** Stops the replay where it is; the page keeps what it shows. */
  stop(): void;
}

/** Call time between the last caption settling and the call ending. */
const END_OF_CALL_TAIL_MS = 1_000;
const DEFAULT_CAPTIONS_LEAD_IN_MS = 1_500;

export function createCallReplay(
  document: Document,
  platform: Platform,
  script: CallScript,
  options: CallReplayOptions = {},
): CallReplay {
  const speed = options.speed !== undefined && Number.isFinite(options.speed) && options.speed > 0 ? options.speed : 1;
  const timeline = compileCaptionTimeline(script, options);
  const redesignAtMs = options.redesign ? (options.redesign.atSec ?? 0) * 1000 : Number.POSITIVE_INFINITY;
  if (!options.redesign || redesignAtMs <= 0) applyRedesign(document, options.redesign ?? null);
  drawCaptionsInClosedShadowRoot(document, options.captionsUnreadable === true);
  const renderer = REPLAY_RENDERERS[platform]({ document, script, timeline, options });
  const endAtMs = timeline.durationMs + END_OF_CALL_TAIL_MS;
  const leadInMs = Math.max(0, options.captionsLeadInMs ?? DEFAULT_CAPTIONS_LEAD_IN_MS);
  const startedAt = Date.now() + leadInMs;
  let next = 0;
  let redesigned = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let finish: () => void = () => {};
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });

  function scheduleAt(callMs: number): void {
    const delay = Math.max(0, startedAt + callMs / speed - Date.now());
    timer = setTimeout(() => tick(callMs), delay);
  }

  function tick(callMs: number): void {
    const { steps } = timeline;
    while (next < steps.length && steps[next]!.atMs <= callMs) {
      if (options.redesign && redesignAtMs > 0 && steps[next]!.atMs >= redesignAtMs && !redesigned) {
        redesigned = true;
        applyRedesign(document, options.redesign);
      }
      renderer.apply(steps[next++]!);
    }
    renderer.advance(callMs);
    if (next < steps.length) scheduleAt(steps[next]!.atMs);
    else if (callMs < endAtMs) scheduleAt(endAtMs);
    else {
      if (options.endCall !== false) renderer.endCall();
      finish();
    }
  }

  renderer.start();
  scheduleAt(timeline.steps[0]?.atMs ?? endAtMs);
  return {
    done,
    stop() {
      clearTimeout(timer);
      finish();
    },
  };
}
