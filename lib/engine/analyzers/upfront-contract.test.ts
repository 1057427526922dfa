import { describe, expect, it } from 'vitest';
import { analyzerHarness, rep } from '../scripted-call';
import { createUpfrontContractAnalyzer } from './upfront-contract';

const harness = () => analyzerHarness(createUpfrontContractAnalyzer);

describe('upfront contract', () => {
  it('is set by agenda, time, outcome and agreement, even across opening lines', () => {
    const { analyzer, put, at } = harness();
    const agenda = rep(5, 'Here’s what I was thinking for our thirty minutes.');
    const agreement = rep(15, 'At the end we decide together if a next step makes sense. Does that work for you?');
    put(agenda, agreement);
    const result = analyzer.result(at(60));
    expect(result.upfrontContract).toBe(true);
    expect(result.contractLines.map((line) => line.id)).toEqual([agenda.id, agreement.id]);
  });

  it('is set by a contract spoken the way reps say it in captions', () => {
    const { analyzer, put, at } = harness();
    put(
      rep(5, 'so i have us down for twenty five minutes'),
      rep(9, "what i was hoping to do is mostly ask you questions about how jobs move today"),
      rep(16, 'and in the last few minutes we figure out together if a second conversation makes sense is that okay'),
    );
    expect(analyzer.result(at(60)).upfrontContract).toBe(true);
  });

  it('is set when the rep names the plan in their own words: "at the very end", "does that plan work"', () => {
    const { analyzer, put, at } = harness();
    put(
      rep(5, 'So we have forty-five minutes. I would like to confirm what Renée told me, then show the three things she asked to see.'),
      rep(14, 'At the very end I will ask whether a small pilot makes sense, and no is a fine answer. Does that plan work for both of you?'),
    );
    expect(analyzer.result(at(60)).upfrontContract).toBe(true);
  });

  it('is not set without asking for agreement', () => {
    const { analyzer, put, at } = harness();
    put(rep(5, 'Here’s the agenda for our thirty minutes, and at the end we’ll pick a next step.'));
    expect(analyzer.result(at(60))).toEqual({ upfrontContract: false, contractLines: [] });
  });

  it('does not count when it comes after the opening', () => {
    const { analyzer, put, at } = harness();
    put(rep(400, 'Here’s the agenda for our thirty minutes, and at the end we decide. Does that work for you?'));
    expect(analyzer.result(at(500)).upfrontContract).toBe(false);
  });

  it('nudges after the opening when none was set, pointing at what was said instead', () => {
    const { analyzer, put, at } = harness();
    const hello = rep(5, 'Hi, thanks for joining!');
    put(hello, rep(20, 'So what do you do there?', 'situation'), rep(40, 'And how big is the team?', 'situation'));
    expect(analyzer.candidates(at(149))).toEqual([]);
    const [candidate] = analyzer.candidates(at(150));
    expect(candidate.kind).toBe('upfront-contract');
    expect(candidate.evidence.map((evidence) => evidence.atSec)).toEqual([5, 20]);
  });

  it('does not nudge once the contract is set', () => {
    const { analyzer, put, at } = harness();
    put(rep(5, 'Here’s the agenda for our thirty minutes, and at the end we decide. Does that work for you?'));
    expect(analyzer.candidates(at(200))).toEqual([]);
  });
});
