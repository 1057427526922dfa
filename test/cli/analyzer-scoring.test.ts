import { describe, expect, it } from 'vitest';
import type { CallAnalysis } from '../../lib/engine/analysis-types';
import { scoreCall, TOLERANCE, type ExpectedCall } from '../../scripts/cli/analyzer-scoring';

const checklist = { problem: true, root_cause: false, impact: true, stakeholders: false, trigger: false, cost_of_inaction: false };
const expected: ExpectedCall['expected'] = {
  checklist,
  objections: [{ category: 'budget', atSec: 120 }],
  firstPitchSec: 300,
  upfrontContract: true,
  nextStep: false,
  questionCounts: { situation: 3, problem: 2, implication: 1, need_payoff: 0 },
};
const objection = (category: 'budget' | 'timing' | 'competition', atSec: number) => ({ utteranceId: `u${atSec}`, category, atSec, speaker: 'Dana', text: 'line' });
const actual = (overrides: Partial<CallAnalysis> = {}): CallAnalysis => ({
  durationSec: 900,
  repTalkShare: 0.4,
  repTalkSec: 100,
  buyerTalkSec: 150,
  longestRepMonologueSec: 20,
  longestRepMonologueAtSec: 10,
  firstPitchSec: 300,
  phase: 'next_steps',
  questionCounts: { situation: 3, problem: 2, implication: 1, need_payoff: 0 },
  objections: [objection('budget', 120)],
  checklist,
  checklistEvidence: {},
  upfrontContract: true,
  nextStep: false,
  medianPauseAfterQuestionSec: 1,
  ...overrides,
});

describe('scoring the analyzer against a labeled call', () => {
  it('matches every field of an identical reading', () => {
    const scores = scoreCall(expected, actual());
    for (const score of Object.values(scores)) {
      expect(score.matched).toBe(score.total);
      expect(score.misses).toEqual([]);
    }
  });

  it('accepts times and counts within the tolerance only', () => {
    const near = scoreCall(expected, actual({ firstPitchSec: 300 + TOLERANCE.firstPitchSec, questionCounts: { situation: 4, problem: 1, implication: 1, need_payoff: 0 } }));
    expect(near.firstPitch.matched).toBe(1);
    expect(near.questionCounts.matched).toBe(4);
    const far = scoreCall(expected, actual({ firstPitchSec: null, questionCounts: { situation: 6, problem: 2, implication: 1, need_payoff: 0 } }));
    expect(far.firstPitch.misses).toEqual(['expected 300 s, got none']);
    expect(far.questionCounts).toMatchObject({ matched: 3, total: 4, misses: ['situation: expected 3, got 6'] });
  });

  it('pairs objections by category and nearest time, and counts spurious ones as misses', () => {
    const scores = scoreCall(expected, actual({ objections: [objection('budget', 112), objection('budget', 121), objection('timing', 500)] }));
    expect(scores.objections.matched).toBe(1);
    expect(scores.objections.total).toBe(3);
    expect(scores.objections.misses).toEqual(['spurious budget at 112 s: "line"', 'spurious timing at 500 s: "line"']);
  });

  it('counts a call with no objections, found none, as a match', () => {
    expect(scoreCall({ ...expected, objections: [] }, actual({ objections: [] })).objections).toEqual({ matched: 1, total: 1, misses: [] });
  });

  it('lists each checklist item that differs', () => {
    expect(scoreCall(expected, actual({ checklist: { ...checklist, trigger: true } })).checklist).toEqual({
      matched: 5,
      total: 6,
      misses: ['trigger: expected no, got yes'],
    });
  });
});
