import { describe, expect, it } from 'vitest';
import { analyzerHarness, buyer, labeled, rep } from '../scripted-call';
import { createTalkShareAnalyzer } from './talk-share';

describe('talk share', () => {
  it('is rep speaking time divided by everyone’s speaking time', () => {
    const { analyzer, put, at } = analyzerHarness(createTalkShareAnalyzer);
    put(rep(0, 'Thanks for joining.', 'other', 30), buyer(30, 'Sure, happy to talk through it.', 'none', 70));
    const result = analyzer.result(at(100));
    expect(result.repTalkSec).toBeCloseTo(30);
    expect(result.buyerTalkSec).toBeCloseTo(70);
    expect(result.repTalkShare).toBeCloseTo(0.3);
  });

  it('is 0 before anyone spoke', () => {
    const { analyzer, at } = analyzerHarness(createTalkShareAnalyzer);
    expect(analyzer.result(at(0)).repTalkShare).toBe(0);
  });

  it('replaces a revised line’s time instead of adding it again', () => {
    const { analyzer, put, at } = analyzerHarness(createTalkShareAnalyzer);
    const line = rep(0, 'So tell me', 'other', 2);
    put(line, buyer(20, 'We do it by hand.', 'none', 10));
    put({ ...labeled(line), text: 'So tell me about the team', endSec: 10 });
    expect(analyzer.result(at(30)).repTalkSec).toBeCloseTo(10);
  });

  it('proposes a nudge only after the rep stays above the limit for the sustain time', () => {
    const { analyzer, put, at, context } = analyzerHarness(createTalkShareAnalyzer);
    const { sustainSec } = context.settings.thresholds.talkShare;
    put(buyer(130, 'It is slow.', 'none', 10), rep(140, 'Let me tell you all about our platform.', 'pitch', 100));
    expect(analyzer.candidates(at(240))).toEqual([]);
    expect(analyzer.candidates(at(240 + sustainSec - 1))).toEqual([]);
    const [candidate] = analyzer.candidates(at(240 + sustainSec));
    expect(candidate.kind).toBe('talk-share');
    expect(candidate.facts.sharePct).toBeGreaterThan(40);
    expect(candidate.evidence[0].atSec).toBe(140);
  });

  it('does not nudge during the opening or when the buyer talks most', () => {
    const { analyzer, put, at } = analyzerHarness(createTalkShareAnalyzer);
    put(rep(0, 'Welcome, here is the plan.', 'other', 100));
    expect(analyzer.candidates(at(100))).toEqual([]);
    put(buyer(130, 'So our process is long and manual.', 'none', 200));
    expect(analyzer.candidates(at(330))).toEqual([]);
    expect(analyzer.candidates(at(500))).toEqual([]);
  });
});
