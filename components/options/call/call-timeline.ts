// Turns a stored call into the series the call-detail timeline draws. Pure: utterances in, points out.
import type { LabeledUtterance, Nudge, NudgeKind, RepAct } from '../../../lib/types';

export interface TalkSharePoint {
  atSec: number;
  /** The rep's share of all speech so far, 0–100, or null before anyone spoke. */
  repSharePercent: number | null;
}

export type MarkedAct = Exclude<RepAct, 'other'>;

export interface ActMarker {
  atSec: number;
  act: MarkedAct;
  text: string;
}

export interface NudgeMarker {
  atSec: number;
  kind: NudgeKind;
  title: string;
}

export const MARKED_ACTS: readonly MarkedAct[] = ['situation', 'problem', 'implication', 'need_payoff', 'pitch'];

/** Seconds of [start, end) that fall before `until`. */
function spokenBefore(utterance: LabeledUtterance, until: number): number {
  const end = Math.max(utterance.startSec, utterance.endSec);
  return Math.max(0, Math.min(end, until) - utterance.startSec);
}

/** Samples on a call's talk-share line: every 30 s for a call of half an hour or more, closer for shorter ones. */
const TALK_SHARE_SAMPLES = 60;
const LONGEST_STEP_SEC = 30;

function sampleStepFor(endOfCall: number): number {
  return Math.min(LONGEST_STEP_SEC, Math.max(1, Math.round(endOfCall / TALK_SHARE_SAMPLES)));
}

/** Cumulative rep talk share sampled every `stepSec` (by default scaled to the call), plus a last point at its end. */
export function talkShareOverTime(utterances: readonly LabeledUtterance[], stepSec?: number): TalkSharePoint[] {
  if (utterances.length === 0) return [];
  const endOfCall = Math.max(...utterances.map((utterance) => Math.max(utterance.startSec, utterance.endSec)));
  const step = stepSec ?? sampleStepFor(endOfCall);
  const sampleTimes: number[] = [];
  for (let at = step; at < endOfCall; at += step) sampleTimes.push(at);
  sampleTimes.push(endOfCall);
  return sampleTimes.map((atSec) => {
    let rep = 0;
    let all = 0;
    for (const utterance of utterances) {
      const spoken = spokenBefore(utterance, atSec);
      all += spoken;
      if (utterance.role === 'rep') rep += spoken;
    }
    return { atSec, repSharePercent: all > 0 ? Math.round((rep / all) * 1000) / 10 : null };
  });
}

/** Where the rep asked each kind of SPIN question or pitched. */
export function actMarkers(utterances: readonly LabeledUtterance[]): ActMarker[] {
  const markers: ActMarker[] = [];
  for (const utterance of utterances) {
    const label = utterance.label;
    if (label.role !== 'rep' || label.act === 'other') continue;
    markers.push({ atSec: utterance.startSec, act: label.act, text: utterance.text });
  }
  return markers;
}

export function nudgeMarkers(nudges: readonly Nudge[]): NudgeMarker[] {
  return [...nudges].sort((a, b) => a.atSec - b.atSec).map((nudge) => ({ atSec: nudge.atSec, kind: nudge.kind, title: nudge.title }));
}
