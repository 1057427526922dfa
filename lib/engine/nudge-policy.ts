// When the rep sees a nudge. The analyzers propose candidates when their rule is broken:
//   talk-share        rep share of the last few minutes above the limit (40 %) for a sustained stretch
//   monologue         the rep has talked alone past the monologue limit
//   early-pitch       a confident pitch line before minute 15 (scaled for shorter calls)
//   implication       no implication question by mid-call
//   objection         a fresh, confident buyer objection (with its AECR card)
//   checklist         discovery items still open late in discovery
//   next-step         no dated next step near the end
//   upfront-contract  no upfront contract by the end of the opening
// This module alone decides which of them is shown: each occurrence once, the most important first, never
// more often than its kind's cool-down, never more than the per-call caps (one for coaching nudges, one for
// objection cards), and with a minimum gap between
// any two nudges so the rep is not flooded. Urgent kinds (objections) skip the gap: they are only useful
// the moment they happen. While the buyer is mid-story (talking for a while and still going), non-urgent nudges
// wait: a prompt to ask or to stop pitching is wrong while the buyer is finally telling their story.
import type { ChecklistItem, Nudge, NudgeKind } from '../types';
import type { NudgeCandidate } from './analyzers/analyzer';
import type { Methodology } from './methodology';
import { composeNudge } from './nudge-wording';
import type { CoachSettings } from './settings';

export interface NudgePolicy {
  /** Raises at most one of the candidates at `nowSec`; returns what was raised. */
  consider(candidates: NudgeCandidate[], nowSec: number, firstGap: () => ChecklistItem | undefined, now?: { buyerMidStory?: boolean; neverHold?: readonly NudgeKind[] }): Nudge[];
  /** The nudge the overlay shows at `nowSec`, if any is still on screen. */
  current(nowSec: number): Nudge | null;
  raised(): Nudge[];
}

export function createNudgePolicy(settings: CoachSettings, methodology: Methodology): NudgePolicy {
  const limits = settings.thresholds.nudges;
  const raised: Nudge[] = [];
  const raisedKeys = new Set<string>();
  const lastRaisedAtByKind = new Map<string, number>();
  const countByKind = new Map<NudgeKind, number>();

  /** Objections cool down per category: a budget objection right after a timing one still gets its card. */
  const cooldownKey = (candidate: NudgeCandidate) => (candidate.objection ? `${candidate.kind}:${candidate.objection}` : candidate.kind);

  /** Objection cards and coaching nudges spend separate budgets: a call full of objections still gets coached. */
  const underCap = (candidate: NudgeCandidate) => {
    const isObjection = candidate.kind === 'objection';
    const spent = raised.filter((nudge) => (nudge.kind === 'objection') === isObjection).length;
    return spent < (isObjection ? limits.maxObjectionCardsPerCall : limits.maxPerCall);
  };

  const allowed = (candidate: NudgeCandidate, nowSec: number) => {
    const rule = limits.byKind[candidate.kind];
    const lastOfKind = lastRaisedAtByKind.get(cooldownKey(candidate));
    const lastAny = raised[raised.length - 1]?.atSec;
    return (
      settings.enabledNudges[candidate.kind] &&
      !raisedKeys.has(candidate.key) &&
      underCap(candidate) &&
      (lastOfKind === undefined || nowSec - lastOfKind >= rule.cooldownSec) &&
      (rule.urgent || lastAny === undefined || nowSec - lastAny >= limits.minGapSec)
    );
  };

  return {
    consider(candidates, nowSec, firstGap, now = {}) {
      let best: NudgeCandidate | null = null;
      for (const candidate of candidates) {
        if (!allowed(candidate, nowSec)) continue;
        if (now.buyerMidStory && !limits.byKind[candidate.kind].urgent && !now.neverHold?.includes(candidate.kind)) continue;
        if (!best || limits.byKind[candidate.kind].priority > limits.byKind[best.kind].priority) best = candidate;
      }
      if (!best) return [];
      const timesRaised = countByKind.get(best.kind) ?? 0;
      const nudge = composeNudge(
        best,
        { id: `nudge-${raised.length + 1}-${best.kind}`, atSec: nowSec, priority: limits.byKind[best.kind].priority },
        { firstGap: firstGap(), timesRaised },
        methodology,
        settings,
      );
      raised.push(nudge);
      raisedKeys.add(best.key);
      lastRaisedAtByKind.set(cooldownKey(best), nowSec);
      countByKind.set(best.kind, timesRaised + 1);
      return [nudge];
    },

    current(nowSec) {
      const latest = raised[raised.length - 1];
      return latest && nowSec - latest.atSec < limits.displaySec ? latest : null;
    },

    raised() {
      return [...raised];
    },
  };
}
