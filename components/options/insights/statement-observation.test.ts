import { describe, expect, it } from 'vitest';
import { sampleMemory } from './sample-memory';
import { indexObservations, observationOfStatement, repOfStatement, toneOf } from './statement-observation';

const observations = indexObservations(sampleMemory().observations);

describe('statement observations', () => {
  it('finds the observation behind a theme statement and behind a question pattern statement', () => {
    expect(observationOfStatement({ id: 'gap:Alex:upfront_contract' }, observations)?.proofCount).toBe(3);
    expect(observationOfStatement({ id: 'pattern:implication/what/cost' }, observations)?.kind).toBe('question_pattern');
    expect(observationOfStatement({ id: 'within:talk-share' }, observations)).toBeUndefined();
  });

  it('reads the rep from a per-rep statement id, names with colons included', () => {
    expect(repOfStatement({ id: 'gap:Alex:upfront_contract' })).toBe('Alex');
    expect(repOfStatement({ id: 'strength:Kim: Sales:next_step' })).toBe('Kim: Sales');
    expect(repOfStatement({ id: 'reps:none' })).toBeNull();
    expect(repOfStatement({ id: 'coaching_theme:*:checklist' })).toBeNull();
  });

  it('marks a statement by verdict first, then by what it found', () => {
    expect(toneOf({ kind: 'not_enough_data' }, undefined)).toBe('not-enough-data');
    expect(toneOf({ kind: 'claim', verdict: 'helped' }, undefined)).toBe('helped');
    expect(toneOf({ kind: 'claim', verdict: 'not_helped' }, undefined)).toBe('not-helped');
    expect(toneOf({ kind: 'claim' }, observations.get('gap:Alex:upfront_contract'))).toBe('gap');
    expect(toneOf({ kind: 'claim' }, observations.get('coaching_theme:*:checklist'))).toBe('claim');
  });
});
