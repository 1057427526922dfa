import { describe, expect, it } from 'vitest';
import { analyzerHarness, buyer, rep } from '../scripted-call';
import { createNextStepAnalyzer } from './next-step';

const harness = () => analyzerHarness(createNextStepAnalyzer);

describe('next step', () => {
  it('is a dated meeting agreed in the second half of the call', () => {
    const { analyzer, put, at } = harness();
    const booked = rep(1650, 'Let’s book a follow-up call for Thursday at two.');
    put(booked, buyer(1660, 'Thursday works.'));
    expect(analyzer.result(at(1700))).toEqual({ nextStep: true, nextStepLine: expect.objectContaining({ id: booked.id }) });
  });

  it('is not "I’ll send some info", nor a date mentioned early in the call', () => {
    const { analyzer, put, at } = harness();
    put(rep(200, 'We had a call on Tuesday with your colleague.'), rep(1650, 'I’ll send you some info after this.'));
    expect(analyzer.result(at(1700)).nextStep).toBe(false);
  });

  it('nudges near the end when none is set, and stops once it is', () => {
    const { analyzer, put, at } = harness();
    const last = rep(1600, 'Any other questions for me?');
    put(last);
    expect(analyzer.candidates(at(1619))).toEqual([]);
    const [candidate] = analyzer.candidates(at(1620));
    expect(candidate).toMatchObject({ kind: 'next-step', evidence: [expect.objectContaining({ utteranceId: last.id })] });
    put(rep(1630, 'Could we schedule a demo next week, Tuesday at 10am?'));
    expect(analyzer.candidates(at(1640))).toEqual([]);
  });
});
