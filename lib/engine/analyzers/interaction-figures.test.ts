import { describe, expect, it } from 'vitest';
import { analyzerHarness, buyer, rep } from '../scripted-call';
import { createInteractivityAnalyzer } from './interactivity';
import { createPatienceAnalyzer } from './patience';
import { createQuestionSpreadAnalyzer } from './question-spread';

describe('interactivity', () => {
  it('counts speaker switches per minute of call, and waits for a minute of call', () => {
    const { analyzer, put, at } = analyzerHarness(createInteractivityAnalyzer);
    put(rep(0, 'How do you close the month?', 'situation', 3), buyer(4, 'By hand.', 'none', 2));
    expect(analyzer.result(at(10))).toEqual({ speakerSwitches: 1, switchesPerMinute: null });
    put(rep(30, 'Where does it break?', 'problem', 3), rep(40, 'And who fixes it?', 'problem', 3), buyer(50, 'Our controller does, at night.', 'none', 70));
    expect(analyzer.result(at(120))).toEqual({ speakerSwitches: 3, switchesPerMinute: 1.5 });
  });
});

describe('question count and spread', () => {
  it('counts rep questions and the share of call quarters that hold one', () => {
    const { analyzer, put, at } = analyzerHarness(createQuestionSpreadAnalyzer);
    put(
      rep(0, 'What do you use today?', 'situation', 3),
      rep(10, 'Who owns it?', 'situation', 2),
      buyer(20, 'Finance does, mostly, and it is painful.', 'none', 100),
      rep(130, 'Here is our product.', 'pitch', 200),
      rep(340, 'Does Tuesday work for a follow-up?', 'other', 60),
    );
    // 0–400 s: questions at 0 and 10 (first quarter) and 340 (last quarter).
    expect(analyzer.result(at(400))).toEqual({ repQuestionCount: 3, questionSpread: 0.5 });
  });

  it('is null before anyone spoke', () => {
    const { analyzer, at } = analyzerHarness(createQuestionSpreadAnalyzer);
    expect(analyzer.result(at(0))).toEqual({ repQuestionCount: 0, questionSpread: null });
  });
});

describe('patience', () => {
  it('is the median pause before the rep speaks after the buyer stops; talking over counts as none, lost captions not at all', () => {
    const { analyzer, put, at } = analyzerHarness(createPatienceAnalyzer);
    put(
      buyer(0, 'We lose a week every month.', 'none', 5),
      rep(6, 'A whole week?', 'other', 2),
      buyer(9, 'Yes, and the board notices.', 'none', 4),
      rep(12, 'Who on the board?', 'other', 2),
      buyer(20, 'Nothing good.', 'none', 2),
      rep(60, 'Sorry, I dropped off.', 'other', 2),
    );
    // Pauses: 1, and 0 where the rep started a second early; the 38 s gap is not a pause.
    expect(analyzer.result(at(70))).toEqual({ repPatienceSec: 0.5, measuredResponses: 2 });
  });
});
