// One call, from the moment the in-call marker appears until it goes. Finds the caption container, observes only
// it (plus its parent's child list, to notice at once when the container is replaced), re-attaches when it is
// re-created, and owns the utterance tracker whose settle timer is a single setTimeout for the next deadline.
// When the platform's selectors read nothing for a moment, the structural fallback (structural-reader.ts) looks
// for the captions by behaviour; if it finds them, it reads the rows into the same tracker. Capture health is
// assessed once a second and reported (capture-status.ts), so a failing capture is never silent.
import { createUtteranceIdSource } from '../../lib/capture/utterance-ids';
import { createUtteranceTracker } from '../../lib/capture/utterance-tracker';
import type { CallState, CaptionSink } from '../caption-adapter';
import type { DomCaptionSpec, RowParts } from './caption-spec';
import { createCaptureStatusReporter, type ActiveReader } from './capture-status';
import { observe } from './observe';
import { combinedSelector, queryFirst } from './query';
import { readSpeakerLabel } from './read-text';
import { createRowBinder, type RowBinder } from './row-binder';
import { childRows, selectorRows, type RowMatcher } from './row-matcher';
import { discoverCaptions, type CaptionDiscovery, type CaptionStructure } from './structural-reader';

/** Quiet time after which a line counts as final ("the platform stopped rewriting it for a few seconds"). */
export const SETTLE_MS = 5_000;
/** How long a line's row may be gone (re-render, virtual scrolling) before the line counts as final. */
export const DETACH_GRACE_MS = 1_500;
/** How long the platform's selectors may read nothing before the structural fallback starts looking. */
export const FALLBACK_LOOKS_AFTER_MS = 2_000;

export interface CallWatcherContext {
  document: Document;
  spec: DomCaptionSpec;
  sink: Required<CaptionSink>;
  now: () => number;
  isSelf: (speaker: string) => boolean;
  /** Names the rep goes by, so a speaker shown only by initials can be named. */
  knownNames: readonly string[];
  setState: (state: CallState) => void;
  /** Re-runs the adapter's presence check (the call may have ended) and then checkContainer. */
  recheck: () => void;
}

export interface CallWatcher {
  /** Re-checks the caption container and capture health (called by the once-a-second poll). */
  checkContainer(): void;
  /** The call ended or the adapter stops: flush every open line as final and stop observing. */
  end(): void;
}

interface Attachment {
  reader: Exclude<ActiveReader, null>;
  container: Element;
  stop: AbortController;
  binder: RowBinder;
}

export function watchCall(context: CallWatcherContext): CallWatcher {
  const { document, spec, sink, now } = context;
  const primaryRows = combinedSelector(spec.selectors.row, document);
  const callStartedAt = now();
  let lastReadAt: number | null = null;
  const tracker = createUtteranceTracker({
    nextId: createUtteranceIdSource(spec.platform, callStartedAt),
    emit: (revision) => {
      lastReadAt = now();
      sink.revision(revision);
    },
    settleMs: SETTLE_MS,
    detachGraceMs: DETACH_GRACE_MS,
  });
  const warned = new Set<string>();
  const warnOnce = (message: string) => {
    if (warned.has(message)) return;
    warned.add(message);
    sink.warn(message);
  };
  const defaultSpeakerReader = (_row: Element, _previous: string | null, speaker: Element | null) => readSpeakerLabel(speaker);
  const readSpeaker = spec.createSpeakerReader?.(document, context.knownNames) ?? defaultSpeakerReader;
  const primaryParts: RowParts = {
    textOf: (row) => queryFirst(row, spec.selectors.text),
    speakerOf: (row) => queryFirst(row, spec.selectors.speaker),
  };
  const binderFor = (parts: RowParts) => createRowBinder({ spec, tracker, parts, readSpeaker, isSelf: context.isSelf, warnOnce });
  const status = createCaptureStatusReporter(document, spec, sink);

  let attachment: Attachment | null = null;
  let parentWatch: { parent: Node; observer: MutationObserver } | null = null;
  let discovery: CaptionDiscovery | null = null;
  let lastGrowthAt: number | null = null;
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
    attachment.binder.detachAll(now());
    attachment = null;
    scheduleSettle();
  }

  function attach(reader: Attachment['reader'], container: Element, rows: RowMatcher, parts: RowParts): void {
    const stop = new AbortController();
    const binder = binderFor(parts);
    attachment = { reader, container, stop, binder };
    watchParent(container.parentNode);
    observe(
      container,
      rows,
      (changes) =>
        guarded(() => {
          binder.apply(container, rows, changes, now());
          scheduleSettle();
        }),
      { signal: stop.signal, attributeFilter: spec.rowAttributes },
    );
  }

  function stopLooking(): void {
    if (!discovery) return;
    lastGrowthAt = discovery.lastGrowthAt() ?? lastGrowthAt;
    discovery.stop();
    discovery = null;
  }

  function useStructure(structure: CaptionStructure): void {
    guarded(() => {
      lastGrowthAt = discovery?.lastGrowthAt() ?? lastGrowthAt;
      discovery = null;
      // The platform's reader came back to life while the fallback was looking: it keeps reading.
      if (attachment?.reader === 'primary' && lastReadAt !== null && now() - lastReadAt < FALLBACK_LOOKS_AFTER_MS) return;
      detach();
      attach('fallback', structure.list, childRows(structure.list), structure.parts);
      context.setState('captions-on');
      reportStatus();
    });
  }

  /** The fallback looks for captions while no reader reads anything; it stops once lines flow again. */
  function lookForCaptionsIfSilent(): void {
    const silentSince = lastReadAt ?? callStartedAt;
    const silent = now() - silentSince >= FALLBACK_LOOKS_AFTER_MS;
    if (attachment?.reader === 'fallback' || !silent) {
      stopLooking();
      return;
    }
    discovery ??= discoverCaptions(document, { now, onFound: useStructure });
  }

  function checkContainer(): void {
    if (ended) return;
    guarded(() => {
      if (!attachment?.container.isConnected) {
        detach();
        const container = queryFirst(document, spec.selectors.container);
        if (container && primaryRows) attach('primary', container, selectorRows(primaryRows), primaryParts);
        context.setState(container ? 'captions-on' : 'captions-off');
      }
      lookForCaptionsIfSilent();
      reportStatus();
    });
  }

  function reportStatus(): void {
    status.update(
      {
        reader: attachment?.reader ?? null,
        readingRegion: attachment?.container ?? null,
        lastReadAt,
        lastGrowthAt: discovery?.lastGrowthAt() ?? lastGrowthAt,
        lastRewritten: discovery?.lastRewritten() ?? null,
      },
      now(),
    );
  }

  checkContainer();

  return {
    checkContainer,
    end() {
      if (ended) return;
      detach();
      stopLooking();
      ended = true;
      clearTimeout(settleTimer);
      parentWatch?.observer.disconnect();
      parentWatch = null;
      guarded(() => tracker.finalizeAll());
    },
  };
}
