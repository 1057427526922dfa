// The content script's capture path, as a page script for the capture bench: the real platform adapter feeding the
// real live-call loop (classifier, engine, overlay store) with an outbox that only counts. Every MutationObserver
// callback is timed, so the figures are the handling time per caption mutation batch, as in the content script.
import { ADAPTERS_BY_PLATFORM } from '../../../platforms/adapters';
import { createCallReplay } from '../../../capture/replay/replay-driver';
import { createLiveCallStore } from '../../../capture/live/live-call-store';
import type { CaptureOutbox } from '../../../capture/live/capture-outbox';
import { createLiveCall } from '../../../capture/live/live-call';
import { createClassifier, type ClassifierWeights } from '../../../lib/classifier';
import { parseCallScript } from '../../../lib/call-script/call-script';
import type { Platform } from '../../../lib/types';

export interface CaptureBenchResult {
  callbackMs: number[];
  revisions: number;
  storedLines: number;
  wallMs: number;
}

const callbackMs: number[] = [];
const NativeObserver = window.MutationObserver;
window.MutationObserver = class TimedObserver extends NativeObserver {
  constructor(callback: MutationCallback) {
    super((records, observer) => {
      const started = performance.now();
      callback(records, observer);
      callbackMs.push(performance.now() - started);
    });
  }
};

async function runCaptureBench(platform: Platform, rawScript: unknown, weights: ClassifierWeights, speed: number): Promise<CaptureBenchResult> {
  const script = parseCallScript(rawScript);
  const adapter = ADAPTERS_BY_PLATFORM[platform];
  if (!adapter) throw new Error(`no adapter for ${platform}`);
  let revisions = 0;
  const lines = new Set<string>();
  const outbox: CaptureOutbox = {
    send: () => {},
    putUtterance: (_callId, utterance) => {
      revisions++;
      lines.add(utterance.id);
    },
    flush: () => {},
    pendingCount: () => 0,
    close: () => {},
  };
  const liveCall = createLiveCall({
    platform,
    outbox,
    live: createLiveCallStore(),
    classifier: createClassifier(weights),
    repNames: () => [script.repName],
    settings: () => ({}),
    now: () => Date.now(),
    newCallId: () => 'bench',
    title: () => 'bench',
  });
  const controller = new AbortController();
  adapter.start(document, liveCall, controller.signal);
  const started = performance.now();
  await createCallReplay(document, platform, script, { speed, captionsLeadInMs: 1_200 }).done;
  await new Promise((resolve) => setTimeout(resolve, 200));
  controller.abort();
  return { callbackMs: [...callbackMs], revisions, storedLines: lines.size, wallMs: performance.now() - started };
}

(window as unknown as { runCaptureBench: typeof runCaptureBench }).runCaptureBench = runCaptureBench;
