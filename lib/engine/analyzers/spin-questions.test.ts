import { describe, expect, it } from 'vitest';
import { analyzerHarness, buyer, labeled, rep } from '../scripted-call';
import { createSpinQuestionsAnalyzer } from './spin-questions';

describe('SPIN question counts', () => {
  it('counts situation, problem, implication and need-payoff questions', () => {
    const { analyzer, put, at } = analyzerHarness(createSpinQuestionsAnalyzer);
    put(rep(10, 'What do you use today?', 'situation'), rep(20, 'How big is the team?', 'situation'));
    put(rep(30, 'Where does it break?', 'problem'), rep(40, 'What does that cost you?', 'implication'));
    put(rep(50, 'What would fixing it unlock?', 'need_payoff'), rep(60, 'Our tool fixes it.', 'pitch'), buyer(70, 'What does it cost?'));
    expect(analyzer.result(at(80))).toEqual({ situation: 2, problem: 1, implication: 1, need_payoff: 1 });
  });

  it('moves a count when a correction changes the act', () => {
    const { analyzer, put, at } = analyzerHarness(createSpinQuestionsAnalyzer);
    const line = rep(10, 'What do you', 'situation');
    put(line);
    put({ ...labeled(line), text: 'What do you lose when it breaks?', label: { role: 'rep', act: 'implication', confidence: 0.9, tier: 'fast' } });
    expect(analyzer.result(at(20))).toEqual({ situation: 0, problem: 0, implication: 1, need_payoff: 0 });
  });

  it('nudges for an implication question by mid-call, pointing at the latest problem and its answer', () => {
    const { analyzer, put, at } = analyzerHarness(createSpinQuestionsAnalyzer);
    const question = rep(600, 'Where does the close get stuck?', 'problem');
    const answer = buyer(605, 'Reconciliations, every single month.');
    put(rep(100, 'Where does routing break?', 'problem'), question, answer);
    expect(analyzer.candidates(at(899))).toEqual([]);
    const [candidate] = analyzer.candidates(at(900));
    expect(candidate.kind).toBe('implication');
    expect(candidate.evidence.map((evidence) => evidence.utteranceId)).toEqual([question.id, answer.id]);
  });

  it('does not nudge once an implication question was asked', () => {
    const { analyzer, put, at } = analyzerHarness(createSpinQuestionsAnalyzer);
    put(rep(600, 'Where does it break?', 'problem'), rep(700, 'What does that do to revenue?', 'implication'));
    expect(analyzer.candidates(at(900))).toEqual([]);
  });

  it('keeps nudging until the methodology number of implication questions is reached', () => {
    const { analyzer, put, at } = analyzerHarness(createSpinQuestionsAnalyzer, { thresholds: { checks: { implicationQuestionsMin: 2 } } });
    put(rep(600, 'Where does it break?', 'problem'), buyer(605, 'At month end, every time.'), rep(700, 'What does that do to revenue?', 'implication'));
    expect(analyzer.candidates(at(900)).map((candidate) => candidate.kind)).toEqual(['implication']);
    put(rep(720, 'And what does a late close cost the team?', 'implication'));
    expect(analyzer.candidates(at(900))).toEqual([]);
  });
});
