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

  it('is not a day the buyer names while pushing back ("call me in the spring"), nor the buyer alone naming a day', () => {
    const { analyzer, put, at } = harness();
    put(
      rep(1650, 'Anything else on your side before we wrap?'),
      buyer(1656, 'the tech is coming the week of the twelfth so call me like in the spring maybe', 'timing'),
      buyer(1690, 'monday morning the phone rings off the hook, people calling about their glasses'),
      buyer(1700, 'and friday afternoon is all the list, that works I guess'),
    );
    expect(analyzer.result(at(1750)).nextStep).toBe(false);
  });

  it('is not a discovery question or a pitch that names a day and a call; the same words as scheduling book it', () => {
    const { analyzer, put, at } = harness();
    const words = 'If a supervisor saw the vendor confirmed the call for Thursday at ten, what would that change?';
    put(rep(1650, words, 'implication'), rep(1670, 'Our app texts the vendor a reminder call on Monday at nine.', 'pitch'));
    expect(analyzer.result(at(1700)).nextStep).toBe(false);
    put(rep(1690, 'Can we book the review call for Thursday at ten?'));
    expect(analyzer.result(at(1720)).nextStep).toBe(true);
  });

  it('is not "I’ll send you the case studies" on a day, but is the invite the rep sends for one', () => {
    const { analyzer, put, at } = harness();
    put(rep(1650, 'I’ll send you the ROI calculator and a couple of case studies by Friday.'));
    expect(analyzer.result(at(1700)).nextStep).toBe(false);
    put(rep(1670, 'I’ll send you an invite for Tuesday the ninth at ten.'));
    expect(analyzer.result(at(1700)).nextStep).toBe(true);
  });

  it('is not a booking the buyer turns down or puts off, and the nudge stays; a later booking the buyer takes counts', () => {
    const { analyzer, put, at } = harness();
    put(
      rep(1600, 'So what I’d love to do is get you and Walt on a demo next week.'),
      buyer(1606, 'Next week is impossible, we’re packing six days a week.'),
      rep(1612, 'Do you want to pencil in a follow-up for Tuesday just in case?'),
      buyer(1618, 'let me talk to brent first i’ll reach out'),
    );
    expect(analyzer.result(at(1700)).nextStep).toBe(false);
    expect(analyzer.candidates(at(1700))).toMatchObject([{ kind: 'next-step' }]);
    const taken = rep(1630, 'Could we book the demo for Thursday at two instead?');
    put(taken, buyer(1636, 'Thursday at two works.'));
    expect(analyzer.result(at(1700))).toEqual({ nextStep: true, nextStepLine: expect.objectContaining({ id: taken.id }) });
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

describe('next step across caption lines', () => {
  it('finds a booking whose day and time are spread over several lines and half misheard', () => {
    const { analyzer, put, at } = harness();
    put(
      rep(1600, 'so the week of the twelfth'),
      buyer(1606, 'mm the twelfth is a monday'),
      rep(1612, 'does that work for you'),
    );
    const result = analyzer.result(at(1700));
    expect(result.nextStep).toBe(true);
    expect(result.nextStepLine?.text).toBe('does that work for you');
  });

  it('does not join parts that are further apart than the window', () => {
    const { analyzer, put, at } = harness();
    put(rep(1500, 'we could do a demo for the team'), buyer(1600, 'the fourteenth is a holiday here'));
    expect(analyzer.result(at(1700)).nextStep).toBe(false);
  });

  it('counts nothing from a vague line ("next week or so", "every Monday", "sign by the thirtieth")', () => {
    const { analyzer, put, at } = harness();
    put(
      rep(1600, 'I’ll follow up next week or so.'),
      rep(1610, 'The review meeting happens every Monday.'),
      rep(1620, 'The discount holds if you sign by the thirtieth, I’ll send the quote.'),
    );
    expect(analyzer.result(at(1700)).nextStep).toBe(false);
  });
});
