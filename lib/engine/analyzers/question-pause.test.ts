import { describe, expect, it } from 'vitest';
import { analyzerHarness, buyer, labeled, rep } from '../scripted-call';
import { createQuestionPauseAnalyzer } from './question-pause';

const harness = () => analyzerHarness(createQuestionPauseAnalyzer);

describe('pause after questions', () => {
  it('is the median silence between a rep question and the buyer’s answer', () => {
    const { analyzer, put, at } = harness();
    put(rep(0, 'What do you use today?', 'situation', 2), buyer(3, 'Spreadsheets, mostly.'));
    put(rep(10, 'Where does it break?', 'problem', 2), buyer(15, 'At month end.'));
    put(rep(30, 'What does that cost?', 'implication', 2), buyer(34, 'A few days of work.'));
    expect(analyzer.result(at(40))).toEqual({ medianPauseAfterQuestionSec: 2, measuredPauses: 3 });
  });

  it('is null before any question was answered, and skips statements and very long gaps', () => {
    const { analyzer, put, at } = harness();
    expect(analyzer.result(at(0)).medianPauseAfterQuestionSec).toBeNull();
    put(rep(0, 'Our tool is great.', 'pitch', 2), buyer(5, 'Okay then.'));
    put(rep(10, 'Where does it break?', 'problem', 2), buyer(60, 'Sorry, I was muted.'));
    expect(analyzer.result(at(70))).toEqual({ medianPauseAfterQuestionSec: null, measuredPauses: 0 });
  });

  it('follows revisions: a late answer inserted, a question corrected into a statement', () => {
    const { analyzer, put, at } = harness();
    const question = rep(0, 'So how do you handle it today', 'other', 2);
    put(question, rep(10, 'Let me explain our approach.', 'pitch', 5));
    expect(analyzer.result(at(20)).measuredPauses).toBe(0);
    put(buyer(3, 'With a lot of manual work.'));
    expect(analyzer.result(at(20)).medianPauseAfterQuestionSec).toBe(1);
    put({ ...labeled(question), text: 'So here is how we handle it' });
    expect(analyzer.result(at(20)).measuredPauses).toBe(0);
  });
});
