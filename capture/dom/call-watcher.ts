// One call, from the moment the in-call marker appears until it goes. Finds the caption container, observes only
// it (plus its parent's child list, to notice at once when the container is replaced), re-attaches when it is
// re-created, and owns the utterance tracker whose settle timer is a single setTimeout for the next deadline.
import { createUtteranceIdSource } from '../../lib/capture/utterance-ids';
import { createUtteranceTracker } from '../../lib/capture/utterance-tracker';
import type { CallState, CaptionSink } from '../caption-adapter';
import type { DomCaptionSpec } from './caption-spec';
import { observe } from './observe';
import { combinedSelector, queryFirst } from './query';
import { readSpeakerLabel } from './read-text';
import { createRowBinder } from './row-binder';

/** Quiet time after which a line counts as final ("the platform stopped rewriting it for a few seconds"). */
export const SETTLE_MS = 5_000;
/** How long a line's row may be gone (re-render, virtual scrolling) before the line counts as final. */
export const DETACH_GRACE_MS = 1_500;

export interface CallWatcherContext {
  document: Document;
  spec: DomCaptionSpec;
  sink: Required<CaptionSink>;
  now: () => number;
  isSelf: (speaker: string) => boolean;
  setState: (state: CallState) => void;
  /** Re-runs the adapter's presence check (the call may have ended) and then checkContainer. */
  recheck: () => void;
}

export interface CallWatcher {
  /** Re-checks the caption container (called by the once-a-second poll). */
  checkContainer(): void;
  /** The call ended or the adapter stops: flush every open line as final and stop observing. */
  end(): void;
}

interface Attachment {
  container: Element;
  stop: AbortController;
}

export function watchCall(context: CallWatcherContext): CallWatcher {
  const { document, spec, sink, now } = context;
  const rowSelector = combinedSelector(spec.selectors.row, document);
  const tracker = createUtteranceTracker({
    nextId: createUtteranceIdSource(spec.platform, now()),
    emit: (revision) => sink.revision(revision),
    settleMs: SETTLE_MS,
    detachGraceMs: DETACH_GRACE_MS,
  });
  const warned = new Set<string>();
  const warnOnce = (message: string) => {
    if (warned.has(message)) return;
    warned.add(message);
    sink.warn(message);
  };
  const defaultSpeakerReader = (row: Element) => readSpeakerLabel(queryFirst(row, spec.selectors.speaker));
  const binder = createRowBinder({
    spec,
    tracker,
    readSpeaker: spec.createSpeakerReader?.(document) ?? defaultSpeakerReader,
    isSelf: context.isSelf,
    warnOnce,
  });

  let attachment: Attachment | null = null;
  let parentWatch: { parent: Node; observer: MutationObserver } | null = null;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let ended = false;

  function scheduleSettle(): void {
    clearTimeout(settleTimer);
    const due = tracker.nextDeadline();
    if (due === null || ended) return;
    settleTimer = setTimeout(() => {
      guarded(() => tracker.settle(now()));
      scheduleSettle();
    }, Math.max(0, due - now()));
  }

  function guarded(work: () => void): void {
    try {
      work();
    } catch (error) {
      warnOnce(`${spec.platform}: caption reading failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Watches the container's parent so a replaced container is noticed in the same task, not a second later. */
  function watchParent(parent: Node | null): void {
    if (parentWatch?.parent === parent) return;
    parentWatch?.observer.disconnect();
    parentWatch = null;
    if (!parent) return;
    const observer = new MutationObserver(() => context.recheck());
    observer.observe(parent, { childList: true });
    parentWatch = { parent, observer };
  }

  function detach(): void {
    if (!attachment) return;
    attachment.stop.abort();
    attachment = null;
    binder.detachAll(now());
    scheduleSettle();
  }

  function attach(container: Element): void {
    const stop = new AbortController();
    attachment = { container, stop };
    watchParent(container.parentNode);
    observe(
      container,
      rowSelector,
      (changes) =>
        guarded(() => {
          binder.apply(container, rowSelector, changes, now());
          scheduleSettle();
        }),
      { signal: stop.signal, attributeFilter: spec.rowAttributes },
    );
  }

  function checkContainer(): void {
    if (ended) return;
    guarded(() => {
      if (attachment?.container.isConnected) return;
      detach();
      const container = queryFirst(document, spec.selectors.container);
      if (container) attach(container);
      context.setState(container ? 'captions-on' : 'captions-off');
    });
  }

  checkContainer();

  return {
    checkContainer,
    end() {
      if (ended) return;
      detach();
      ended = true;
      clearTimeout(settleTimer);
      parentWatch?.observer.disconnect();
      parentWatch = null;
      guarded(() => tracker.finalizeAll());
    },
  };
}
