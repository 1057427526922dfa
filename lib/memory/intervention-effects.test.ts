import { describe, expect, it } from 'vitest';
import type { CallAnalysis } from '../engine/analysis-types';
import { DEFAULT_COACH_SETTINGS } from '../engine/settings';
import type { LabeledUtterance, Nudge, NudgeKind } from '../types';
import { changeHelped, withinCallEffect } from './intervention-effects';
import { MEMORY_SEEDS } from './memory-seeds';

let counter = 0;
const line = (role: 'rep' | 'buyer', startSec: number, seconds: number, act: 'other' | 'implication' = 'other'): LabeledUtterance => ({
  id: `u${++counter}`,
  speaker: role,
  role,
  text: 'words',
  startSec,
  endSec: startSec + seconds,
  label: role === 'rep' ? { role, act, confidence: 0.9, tier: 'fast' } : { role, objection: 'none', confidence: 0.9, tier: 'fast' },
});
const nudgeAt = (kind: NudgeKind, atSec: number): Nudge => ({ id: 'n1', kind, atSec, title: 't', message: 'm', priority: 1, evidence: [] });

function context(utterances: LabeledUtterance[], analysis: Partial<CallAnalysis> = {}) {
  return {
    utterances,
    analysis: { durationSec: 1800, checklistEvidence: {}, upfrontContract: false, nextStep: false, ...analysis } as CallAnalysis,
    thresholds: DEFAULT_COACH_SETTINGS.thresholds,
    seeds: MEMORY_SEEDS.interventions.withinCall,
  };
}

describe('the change after a nudge within the call', () => {
  it('compares rep talk share in the five minutes before and after', () => {
    const lines = [line('rep', 0, 240), line('buyer', 241, 59), line('rep', 300, 60), line('buyer', 361, 239)];
    const effect = withinCallEffect(nudgeAt('talk-share', 300), context(lines));
    expect(effect?.metric).toBe('repTalkShare');
    expect(effect?.before).toBeCloseTo(240 / 299, 3);
    expect(effect?.after).toBeCloseTo(60 / 299, 3);
  });

  it('measures monologues as the engine does: a short back-channel does not end one', () => {
    const lines = [line('rep', 0, 50), line('buyer', 51, 1), line('rep', 53, 50), line('buyer', 104, 20), line('rep', 130, 20)];
    expect(withinCallEffect(nudgeAt('monologue', 110), context(lines))).toEqual({ metric: 'longestMonologueSec', before: 103, after: 20 });
  });

  it('counts implication questions on each side, and gives up when too little of the call is left', () => {
    const lines = [line('rep', 400, 5, 'implication'), line('rep', 700, 5, 'implication'), line('rep', 800, 5, 'implication')];
    expect(withinCallEffect(nudgeAt('implication', 600), context(lines))).toEqual({ metric: 'implicationQuestions', before: 1, after: 2 });
    expect(withinCallEffect(nudgeAt('implication', 1780), context(lines))).toBeNull();
    expect(withinCallEffect(nudgeAt('objection', 600), context(lines))).toBeNull();
  });

  it('calls a change helpful only past the margin and in the right direction', () => {
    expect(changeHelped(0.7, 0.55, 'lower', 0.1)).toBe(true);
    expect(changeHelped(0.7, 0.65, 'lower', 0.1)).toBe(false);
    expect(changeHelped(0, 1, 'lower', 0.1)).toBe(false);
    expect(changeHelped(0, 1, 'higher', 0.5)).toBe(true);
  });
});
