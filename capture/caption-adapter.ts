// The one interface every meeting platform's caption reader implements. An adapter watches one document (the
// page, or Zoom's `iframe#webclient` frame), reports whether a call is running and whether captions are on,
// and turns caption DOM mutations into utterance revisions. It never touches storage, the network or the engine.
import type { CaptureHealth } from '../lib/capture/capture-health';
import type { Platform, UtteranceRevision } from '../lib/types';

/**
 * - `idle`: not in a call (the adapter polls cheaply; no MutationObserver on the document).
 * - `captions-off`: in a call, but no caption container is on screen.
 * - `captions-on`: in a call with captions flowing into revisions.
 * - `ended`: the call was left; every open utterance has been flushed as a final revision before this.
 */
export type CallState = 'idle' | 'captions-off' | 'captions-on' | 'ended';

/** Whether capture works now, and the report to paste into an issue when it does not. */
export interface CaptureStatus {
  health: CaptureHealth;
  /** The caption region's shape (tags, roles, attribute names, depth) and the versions; never caption text. */
  report(versions: { extensionVersion: string; browser: string }): string;
}

export interface CaptionSink {
  revision(revision: UtteranceRevision): void;
  callState(state: CallState): void;
  /** Capture health during a call: reported when it changes ('reading', 'fallback', 'unreadable', 'off'). */
  captureStatus?(status: CaptureStatus): void;
  /** A problem the adapter recovered from (e.g. a caption row it could not read); never thrown. */
  warn?(message: string): void;
}

export interface CaptionAdapterOptions {
  /** Epoch milliseconds; injectable so replays and tests control time. Defaults to Date.now. */
  now?: () => number;
  /** Localized labels the platform uses for the local user, besides the built-in list. */
  extraSelfLabels?: readonly string[];
}

export interface CaptionAdapter {
  readonly platform: Platform;
  /** True when this frame is one the adapter reads; looks at the URL only, so it is free to call. */
  matchesFrame(location: { hostname: string; pathname: string }, isTopFrame: boolean): boolean;
  /** Starts watching `document`; everything (timers, observers, listeners) stops when `signal` aborts. */
  start(document: Document, sink: CaptionSink, signal: AbortSignal, options?: CaptionAdapterOptions): void;
}
