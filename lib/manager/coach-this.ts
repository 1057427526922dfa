// The "coach this" flag on the call list: a call a manager should look at, and why. A pure rule over the final
// analysis; its numbers come from seeds/methodology/coach-this.json and the rep's own aims (docs/methodology.md).
import { z } from 'zod/mini';
import seed from '../../seeds/methodology/coach-this.json';
import type { CallAnalysis } from '../engine/analysis-types';
import { METHODOLOGY } from '../engine/methodology';
import { CHECKLIST_ITEMS } from '../types';

const coachThisSchema = z.object({
  talkShareOverAimBy: z.number().check(z.minimum(0), z.maximum(1)),
  nextStepMinCallSec: z.number().check(z.minimum(0)),
});

export type CoachThisRule = z.infer<typeof coachThisSchema>;

export const COACH_THIS_RULE: CoachThisRule = coachThisSchema.parse(seed);

export const COACH_THIS_REASONS = ['talk-share', 'early-pitch', 'no-next-step'] as const;
export type CoachThisReason = (typeof COACH_THIS_REASONS)[number];

/** The rep's aims the rule reads against (their settings, the methodology's by default). */
export interface CoachThisAims {
  talkShareMax: number;
  earlyPitchBeforeSec: number;
}

/** How many of the discovery checklist items the call uncovered. */
export function checklistFound(analysis: Pick<CallAnalysis, 'checklist'>): number {
  return CHECKLIST_ITEMS.filter((item) => analysis.checklist[item]).length;
}

/** Why a finished call is worth a manager's look; empty when it is not. */
export function coachThisReasons(analysis: CallAnalysis, aims: CoachThisAims, rule: CoachThisRule = COACH_THIS_RULE): CoachThisReason[] {
  const reasons: CoachThisReason[] = [];
  const spoke = analysis.repTalkSec + analysis.buyerTalkSec > 0;
  if (spoke && analysis.repTalkShare > aims.talkShareMax + rule.talkShareOverAimBy) reasons.push('talk-share');
  const callType = analysis.callType ?? METHODOLOGY.callTypes.defaultType;
  const earlyPitchCounts = METHODOLOGY.callTypes.types[callType].nudges.has('early-pitch');
  const discoveryOpen = checklistFound(analysis) < CHECKLIST_ITEMS.length;
  if (earlyPitchCounts && analysis.firstPitchSec !== null && analysis.firstPitchSec < aims.earlyPitchBeforeSec && discoveryOpen) reasons.push('early-pitch');
  if (!analysis.nextStep && analysis.durationSec >= rule.nextStepMinCallSec) reasons.push('no-next-step');
  return reasons;
}
