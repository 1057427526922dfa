// Test support for the adapter tests: a sink that records everything, a way to reduce revisions to the final
// utterances, what a replayed call script should produce on each platform, and a replay of a script under fake
// timers into an adapter.
import { afterEach, beforeEach, vi } from 'vitest';
import { compileCaptionTimeline } from '../../lib/call-script/caption-timeline';
import { REP_SPEAKER, type CallScript } from '../../lib/call-script/call-script';
import { cleanCaptionText } from '../../lib/capture/caption-text';
import type { Platform, UtteranceRevision } from '../../lib/types';
import type { CallState, CaptionAdapter, CaptionAdapterOptions, CaptionSink, CaptureStatus } from '../caption-adapter';
import { createCallReplay, type CallReplayOptions } from '../replay/replay-driver';

export interface RecordingSink extends Required<CaptionSink> {
  revisions: UtteranceRevision[];
  states: CallState[];
  warnings: string[];
  /** Capture health changes, in order. */
  statuses: CaptureStatus[];
  /** Revisions and states in the order they arrived: "final:<id>", "open:<id>", "state:<state>". */
  events: string[];
}

export function recordingSink(): RecordingSink {
  const sink: RecordingSink = {
    revisions: [],
    states: [],
    warnings: [],
    statuses: [],
    events: [],
    revision: (revision) => {
      sink.revisions.push(revision);
      sink.events.push(`${revision.final ? 'final' : 'open'}:${revision.id}`);
    },
    callState: (state) => {
      sink.states.push(state);
      sink.events.push(`state:${state}`);
    },
    warn: (message) => sink.warnings.push(message),
    captureStatus: (status) => sink.statuses.push(status),
  };
  return sink;
}

/** The latest revision of every utterance, in order of first appearance. */
export function latestRevisions(revisions: readonly UtteranceRevision[]): UtteranceRevision[] {
  const latest = new Map<string, UtteranceRevision>();
  for (const revision of revisions) latest.set(revision.id, revision);
  return [...latest.values()];
}

export interface ExpectedUtterance {
  speaker: string;
  self: boolean;
  text: string;
}

/** What the adapter should report for each script line: the rep is "You" on Meet and Teams, named on Zoom. */
export function expectedUtterances(script: CallScript, platform: Platform): ExpectedUtterance[] {
  return script.lines.map((line) => {
    const isRep = line.speaker === REP_SPEAKER;
    const repLabel = platform === 'zoom' ? script.repName : 'You';
    return { speaker: isRep ? repLabel : line.speaker, self: isRep, text: cleanCaptionText(line.text) };
  });
}

/** Number of final revisions per utterance id. */
export function finalCounts(revisions: readonly UtteranceRevision[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const revision of revisions) {
    counts.set(revision.id, (counts.get(revision.id) ?? 0) + (revision.final ? 1 : 0));
  }
  return counts;
}

/** Replaces the global MutationObserver with a counting subclass; undo with vi.unstubAllGlobals(). */
export function countMutationObservers(stubGlobal: (name: string, value: unknown) => void): { created: number } {
  const counter = { created: 0 };
  const Original = globalThis.MutationObserver;
  class CountingMutationObserver extends Original {
    constructor(callback: MutationCallback) {
      super(callback);
      counter.created++;
    }
  }
  stubGlobal('MutationObserver', CountingMutationObserver);
  return counter;
}

/** Each test starts on an empty document with fake timers at a fixed instant, and ends on real timers again. */
export function useEmptyDocumentAndFakeClock(): void {
  beforeEach(() => {
    document.body.replaceChildren();
    vi.useFakeTimers({ now: 1_750_000_000_000 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}

export interface AdapterReplay {
  adapter: CaptionAdapter;
  platform: Platform;
  script: CallScript;
  /** Call seconds per fake second. */
  speed: number;
  replayOptions?: CallReplayOptions;
  adapterOptions?: CaptionAdapterOptions;
}

/** Plays `script` into the document the way the platform's page would while `adapter` captures it (fake timers). */
export async function replayIntoAdapter({ adapter, platform, script, speed, replayOptions = {}, adapterOptions }: AdapterReplay): Promise<RecordingSink> {
  const sink = recordingSink();
  const stop = new AbortController();
  const run = createCallReplay(document, platform, script, { speed, ...replayOptions });
  adapter.start(document, sink, stop.signal, adapterOptions);
  const callMs = compileCaptionTimeline(script, replayOptions).durationMs;
  await vi.advanceTimersByTimeAsync(callMs / speed + 3_000);
  await run.done;
  stop.abort();
  return sink;
}
