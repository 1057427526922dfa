// One call, from the moment the in-call marker appears until it goes. Finds the caption container, observes only
// it (plus its parent's child list, to notice at once when the container is replaced), re-attaches when it is
// re-created, and owns the utterance tracker whose settle timer is a single setTimeout for the next deadline.
// From the start of the call the structural reader (structural-reader.ts) also finds the caption rows by
// behaviour and keeps that structure on standby; when the platform's selectors stop reading while the rows keep
// changing (a redesign shipped mid-call), or never read at all, the fallback reads the rows into the same
// tracker. Capture health is assessed once a second and reported (capture-status.ts), so failure is never silent.
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
/** How long the platform's selectors may read nothing while the caption rows change before the fallback takes over. */
export const FALLBACK_AFTER_SILENT_MS = 1_500;

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
  /** Caption rows found by structure while the platform's selectors still read, and their text at the last check. */
  let standby: { structure: CaptionStructure; text: string } | null = null;
  /** The fallback's row list text at the last check, to notice a fallback that no longer reads what changes. */
  let fallbackText: string | null = null;
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

  const silentFor = () => now() - (lastReadAt ?? callStartedAt);

  function useFallback(structure: CaptionStructure): void {
    standby = null;
    fallbackText = structure.list.textContent ?? '';
    detach();
    attach('fallback', structure.list, childRows(structure.list), structure.parts);
    context.setState('captions-on');
    reportStatus();
  }

  function structureFound(structure: CaptionStructure): void {
    guarded(() => {
      lastGrowthAt = discovery?.lastGrowthAt() ?? lastGrowthAt;
      discovery = null;
      // With the platform's reader attached, the structure waits on standby until that reader falls silent; one
      // that picks other text elements than the platform's reader does is wrong, and looked for again.
      if (attachment?.reader !== 'primary') useFallback(structure);
      else if (agreesWithPrimary(structure)) standby = { structure, text: structure.list.textContent ?? '' };
    });
  }

  function agreesWithPrimary(structure: CaptionStructure): boolean {
    for (const row of structure.list.children) {
      const primaryText = primaryParts.textOf(row);
      const structuralText = structure.parts.textOf(row);
      if (primaryText && structuralText && structuralText !== primaryText) return false;
    }
    return true;
  }

  /**
   * Keeps a structural reading of the captions ready: looks for it until found, then checks once a second whether
   * its rows changed while the platform's selectors read nothing, which means they no longer match the page.
   */
  function watchForFailure(): void {
    if (attachment?.reader === 'fallback') {
      stopLooking();
      const text = attachment.container.textContent ?? '';
      const changed = text !== fallbackText;
      fallbackText = text;
      if (!changed || silentFor() < FALLBACK_AFTER_SILENT_MS) return;
      // The rows changed shape under the fallback too: look for them afresh (and count it as unread captions).
      lastGrowthAt = now();
      detach();
    }
    if (standby && !standby.structure.list.isConnected) standby = null;
    if (!standby) {
      discovery ??= discoverCaptions(document, { now, onFound: structureFound });
      return;
    }
    const text = standby.structure.list.textContent ?? '';
    const changed = text !== standby.text;
    standby.text = text;
    if (changed && silentFor() >= FALLBACK_AFTER_SILENT_MS) {
      lastGrowthAt = now();
      useFallback(standby.structure);
    }
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
      watchForFailure();
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
