// Where the call's phases and checkpoints fall. The methodology describes a 30-minute call (opening 0-2 min,
// discovery to ~20, pitch ~20-26, next steps in the last ~4); other lengths scale in proportion, with the
// opening and next-steps phases kept within sensible bounds.
import type { Phase } from '../types';
import type { Thresholds } from './methodology';

export interface CallPlan {
  durationSec: number;
  openingEndSec: number;
  pitchStartSec: number;
  nextStepsStartSec: number;
  earlyPitchBeforeSec: number;
  upfrontContractBySec: number;
  implicationBySec: number;
  checklistCheckSec: number;
  nextStepCheckSec: number;
  nextStepSearchFromSec: number;
}

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high);

export function planCall(durationSec: number, thresholds: Thresholds): CallPlan {
  const { phases, checks, pitch } = thresholds;
  const duration = Math.max(durationSec, 1);
  const scale = duration / (phases.referenceCallMin * 60);
  const openingEndSec = Math.min(clamp(phases.openingEndMin * 60 * scale, phases.openingMinSec, phases.openingMaxSec), duration / 3);
  const nextStepsSec = Math.min(
    clamp((phases.referenceCallMin - phases.nextStepsStartMin) * 60 * scale, phases.nextStepsMinSec, phases.nextStepsMaxSec),
    duration / 3,
  );
  const nextStepsStartSec = duration - nextStepsSec;
  const pitchStartSec = clamp(phases.pitchStartMin * 60 * scale, openingEndSec, nextStepsStartSec);
  return {
    durationSec: duration,
    openingEndSec,
    pitchStartSec,
    nextStepsStartSec,
    earlyPitchBeforeSec: Math.min(pitch.earlyBeforeSec, pitchStartSec),
    // A shorter call does not shorten the time a rep has to set the contract: the opening of the reference call
    // (recaps and introductions take as long in a 15-minute call), so the contract the live session found stays found.
    upfrontContractBySec: Math.max(openingEndSec, Math.min(phases.openingEndMin * 60, duration / 3)) + checks.upfrontContractGraceSec,
    implicationBySec: duration * checks.implicationByFraction,
    checklistCheckSec: Math.min(duration * checks.checklistAtFraction, pitchStartSec),
    nextStepCheckSec: Math.max(duration * checks.nextStepAtFraction, nextStepsStartSec),
    nextStepSearchFromSec: duration * checks.nextStepSearchFromFraction,
  };
}

/** The phase the clock alone says the call is in. */
export function clockPhase(plan: CallPlan, atSec: number): Phase {
  if (atSec < plan.openingEndSec) return 'opening';
  if (atSec < plan.pitchStartSec) return 'discovery';
  if (atSec < plan.nextStepsStartSec) return 'pitch';
  return 'next_steps';
}
