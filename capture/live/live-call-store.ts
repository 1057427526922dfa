// UI state of the in-call overlay. The content script's capture loop writes it; the overlay reads it.
import { createStore } from 'zustand/vanilla';
import type { CallAnalysis } from '../../lib/engine/analysis-types';
import type { CaptureHealth } from '../../lib/capture/capture-health';
import type { Nudge, Platform } from '../../lib/types';

export type LiveCallStatus = 'idle' | 'captions-off' | 'live' | 'ended';

export interface LiveCallState {
  status: LiveCallStatus;
  platform: Platform | null;
  callId: string | null;
  /** Epoch ms of the call's start, for the elapsed-time clock. */
  startedAt: number | null;
  analysis: CallAnalysis | null;
  /** The one nudge the overlay shows now (the nudge policy's pick). */
  nudge: Nudge | null;
  /** The latest buyer objection with its AECR card, until the rep dismisses it or it goes stale. */
  objection: Nudge | null;
  /** A storage or capture problem the rep should know about, in plain words. */
  problem: string | null;
  /** Capture health from the caption reader, with the capture report to copy when captions cannot be read. */
  capture: { health: CaptureHealth; report: () => string } | null;
  /** The top of the meeting's captions (px from the viewport top), which the overlay stays above; null without captions. */
  captionsTop: number | null;
}

export const initialLiveCallState: LiveCallState = {
  status: 'idle',
  platform: null,
  callId: null,
  startedAt: null,
  analysis: null,
  nudge: null,
  objection: null,
  problem: null,
  capture: null,
  captionsTop: null,
};

export function createLiveCallStore() {
  return createStore<LiveCallState>(() => ({ ...initialLiveCallState }));
}

export type LiveCallStore = ReturnType<typeof createLiveCallStore>;
