// Plays a call script into the mock meeting on the demo's clock, through the same Meet replay renderer the e2e
// fixture pages use. The replay driver (capture/replay/replay-driver.ts) runs on the wall clock; the demo needs
// pause and a speed the rep can change mid-call, so it schedules the same compiled caption timeline on its
// DemoClock instead, one timer at a time.
import type { CallScript } from '../../../lib/call-script/call-script';
import { compileCaptionTimeline, type TimelineOptions } from '../../../lib/call-script/caption-timeline';
import { REPLAY_RENDERERS } from '@/platforms/replay-renderers';
import type { DemoClock } from './demo-clock';

export interface DemoPlayerOptions {
  document: Document;
  script: CallScript;
  clock: DemoClock;
  timeline?: TimelineOptions;
  /** Call time played so far and the whole call's length, after every step. */
  onProgress?(callMs: number, totalMs: number): void;
  /** The script is over and the rep "left the call". */
  onFinished(): void;
}

export interface DemoPlayer {
  /** Call milliseconds from the first caption to the call's end. */
  readonly totalMs: number;
  /** Puts the meeting on the page; the first caption comes when the clock has run to it. */
  start(): void;
  /** The clock changed (pause, resume, speed): the next step is scheduled again. */
  reschedule(): void;
  /** Stops where it is; the page keeps what it shows. */
  stop(): void;
}

/** Call time between the last caption settling and the rep leaving. */
const END_OF_CALL_TAIL_MS = 4_000;

export function createDemoPlayer(options: DemoPlayerOptions): DemoPlayer {
  const { clock } = options;
  const timeline = compileCaptionTimeline(options.script, options.timeline);
  const renderer = REPLAY_RENDERERS.meet({ document: options.document, script: options.script, timeline, options: {} });
  const totalMs = timeline.durationMs + END_OF_CALL_TAIL_MS;
  let callZero = 0;
  let next = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;

  const dueAt = () => callZero + (next < timeline.steps.length ? timeline.steps[next]!.atMs : totalMs);

  function schedule(): void {
    clearTimeout(timer);
    if (!running || clock.paused) return;
    timer = setTimeout(play, clock.realDelayUntil(dueAt()));
  }

  function play(): void {
    const callMs = clock.now() - callZero;
    while (next < timeline.steps.length && timeline.steps[next]!.atMs <= callMs) renderer.apply(timeline.steps[next++]!);
    renderer.advance(callMs);
    options.onProgress?.(Math.min(Math.max(callMs, 0), totalMs), totalMs);
    if (next < timeline.steps.length || callMs < totalMs) return schedule();
    running = false;
    renderer.endCall();
    options.onFinished();
  }

  return {
    totalMs,
    start() {
      renderer.start();
      callZero = clock.now();
      running = true;
      schedule();
    },
    reschedule: schedule,
    stop() {
      running = false;
      clearTimeout(timer);
    },
  };
}
