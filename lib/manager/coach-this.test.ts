import { describe, expect, it } from 'vitest';
import type { CallAnalysis } from '../engine/analysis-types';
import { CHECKLIST_ITEMS } from '../types';
import { checklistFound, COACH_THIS_RULE, coachThisReasons } from './coach-this';

const aims = { talkShareMax: 0.4, earlyPitchBeforeSec: 900 };
const allFound = Object.fromEntries(CHECKLIST_ITEMS.map((item) => [item, true])) as CallAnalysis['checklist'];

/** A 30-minute discovery call a manager need not look at. */
function goodCall(overrides: Partial<CallAnalysis> = {}): CallAnalysis {
  return {
    durationSec: 1800,
    repTalkShare: 0.4,
    repTalkSec: 600,
    buyerTalkSec: 900,
    longestRepMonologueSec: 40,
    longestRepMonologueAtSec: 100,
    firstPitchSec: 1300,
    phase: 'next_steps',
    questionCounts: { situation: 3, problem: 3, implication: 2, need_payoff: 1 },
    objections: [],
    checklist: { ...allFound, cost_of_inaction: false },
    checklistEvidence: {},
    upfrontContract: true,
    nextStep: true,
    medianPauseAfterQuestionSec: 1.5,
    callType: 'discovery',
    ...overrides,
  };
}

describe('coachThisReasons', () => {
  it('leaves a call within the aims alone', () => {
    expect(coachThisReasons(goodCall(), aims)).toEqual([]);
  });

  it('flags talk share far over the aim, not a point over it', () => {
    const limit = aims.talkShareMax + COACH_THIS_RULE.talkShareOverAimBy;
    expect(coachThisReasons(goodCall({ repTalkShare: limit + 0.01 }), aims)).toEqual(['talk-share']);
    expect(coachThisReasons(goodCall({ repTalkShare: aims.talkShareMax + 0.01 }), aims)).toEqual([]);
  });

  it('flags a pitch before the window while discovery was still open, in a discovery call only', () => {
    expect(coachThisReasons(goodCall({ firstPitchSec: 300 }), aims)).toEqual(['early-pitch']);
    expect(coachThisReasons(goodCall({ firstPitchSec: 300, checklist: allFound }), aims)).toEqual([]);
    expect(coachThisReasons(goodCall({ firstPitchSec: 300, callType: 'follow-up' }), aims)).toEqual([]);
    expect(coachThisReasons(goodCall({ firstPitchSec: 300, callType: undefined }), aims)).toEqual(['early-pitch']);
  });

  it('flags a call of some length that ended without a next step', () => {
    expect(coachThisReasons(goodCall({ nextStep: false }), aims)).toEqual(['no-next-step']);
    expect(coachThisReasons(goodCall({ nextStep: false, durationSec: COACH_THIS_RULE.nextStepMinCallSec - 1 }), aims)).toEqual([]);
  });

  it('gives every reason that holds, in order', () => {
    expect(coachThisReasons(goodCall({ repTalkShare: 0.8, firstPitchSec: 60, nextStep: false }), aims)).toEqual(['talk-share', 'early-pitch', 'no-next-step']);
  });
});

describe('checklistFound', () => {
  it('counts the items uncovered', () => {
    expect(checklistFound(goodCall())).toBe(CHECKLIST_ITEMS.length - 1);
  });
});
