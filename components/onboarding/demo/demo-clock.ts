// The demo's call clock: call time that runs `speed` times faster than the wall clock and can be paused. The
// caption adapter, the live loop and the demo player all read it, so the engine sees a 27-minute call while the
// rep watches it for a minute or two.

export interface DemoClock {
  /** Epoch milliseconds on the call clock. */
  now(): number;
  readonly speed: number;
  readonly paused: boolean;
  /** Real milliseconds until the call clock reads `callEpochMs` (Infinity while paused). */
  realDelayUntil(callEpochMs: number): number;
  setSpeed(speed: number): void;
  pause(): void;
  resume(): void;
}

export interface DemoClockOptions {
  /** Epoch milliseconds the call clock starts at. */
  startAt: number;
  speed: number;
  paused?: boolean;
  realNow?: () => number;
}

export function createDemoClock(options: DemoClockOptions): DemoClock {
  const realNow = options.realNow ?? (() => Date.now());
  // The call time at the last speed change or pause, and the real time it was read at.
  let anchorCall = options.startAt;
  let anchorReal = realNow();
  let speed = options.speed;
  let paused = options.paused ?? false;

  const now = () => (paused ? anchorCall : anchorCall + (realNow() - anchorReal) * speed);
  const reanchor = () => {
    anchorCall = now();
    anchorReal = realNow();
  };

  return {
    now,
    get speed() {
      return speed;
    },
    get paused() {
      return paused;
    },
    realDelayUntil(callEpochMs) {
      if (paused) return Number.POSITIVE_INFINITY;
      return Math.max(0, (callEpochMs - now()) / speed);
    },
    setSpeed(next) {
      if (!Number.isFinite(next) || next <= 0) throw new Error(`demo speed must be a positive number, not ${next}`);
      reanchor();
      speed = next;
    },
    pause() {
      if (paused) return;
      reanchor();
      paused = true;
    },
    resume() {
      if (!paused) return;
      anchorReal = realNow();
      paused = false;
    },
  };
}
