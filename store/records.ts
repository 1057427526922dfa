// What the extension keeps in IndexedDB, one interface per table. Every record carries its callId so a call
// and everything learned from it can be found, exported and deleted together.
import type { CallAnalysis, CallReport } from '../lib/engine/analysis-types';
import type { CallMeta, CallType, LabeledUtterance, Nudge } from '../lib/types';

export type CallStatus = 'live' | 'ended' | 'ended-unexpectedly';

/** Why a call stopped being live. */
export type CallEndReason = 'left' | 'unload' | 'captions-gone' | 'disconnected' | 'browser-restart' | 'imported';

export interface CallRecord extends CallMeta {
  status: CallStatus;
  endedAt: number | null;
  endReason: CallEndReason | null;
  /** Epoch ms of the last utterance or message received for the call; what recovery trusts after a crash. */
  lastActivityAt: number;
  /** The latest live analysis the content script reported (the final one lives in `reports`). */
  liveAnalysis: CallAnalysis | null;
  /** How many utterances are stored for the call (kept in step by the writer, for lists). */
  utteranceCount: number;
  /** The rep's own name for the call (an account or meeting), shown instead of the derived one (lib/manager/call-name.ts). */
  name?: string;
  /** Whether the coaching memory learns from the call (Coaching Themes); absent on records older than the choice: see feedsCoachingThemes. */
  coachingThemes?: boolean;
  /** The call type the rep chose; absent while the type read from the call's opening stands. */
  callType?: CallType;
}

/** Whether a call feeds Coaching Themes: the stored choice, else what memory did before the choice existed (live calls did, imports did not). */
export function feedsCoachingThemes(call: Pick<CallRecord, 'coachingThemes' | 'platform'>): boolean {
  return call.coachingThemes ?? call.platform !== 'import';
}

/** A caption line as stored: the engine's labeled utterance (less its in-call `settled` flag) plus the capture details it came from. */
export interface UtteranceRecord extends Omit<LabeledUtterance, 'settled'> {
  callId: string;
  /** True when the platform marked the speaker as the local user. */
  self: boolean;
  /** Epoch ms from the caption revision (absent for imported transcripts). */
  capturedAt: number | null;
  final: boolean;
  /** Increases with every stored revision of the line, so a late, stale batch never overwrites a newer one. */
  revision: number;
  /** The rep tapped "not an objection" on this buyer line's card; the coach reads lines like it as none. */
  repCorrection?: 'not-objection';
}

export interface NudgeRecord extends Nudge {
  callId: string;
}

export interface ReportRecord extends CallReport {
  callId: string;
  createdAt: number;
}
