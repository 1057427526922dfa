import { describe, expect, it } from 'vitest';
import { analyzerHarness, buyer, labeled, rep } from '../scripted-call';
import { createObjectionsAnalyzer } from './objections';

describe('objections', () => {
  it('lists buyer objections with their time and category, in spoken order', () => {
    const { analyzer, put, at } = analyzerHarness(createObjectionsAnalyzer);
    const timing = buyer(400, 'Let’s revisit after the migration in March.', 'timing');
    const budget = buyer(200, 'That’s more than we set aside.', 'budget');
    put(timing, budget, buyer(300, 'We route by hand.'), rep(310, 'Is price a concern?', 'problem'));
    expect(analyzer.result(at(500))).toEqual([
      { utteranceId: budget.id, category: 'budget', atSec: 200, speaker: 'Dana', text: budget.text },
      { utteranceId: timing.id, category: 'timing', atSec: 400, speaker: 'Dana', text: timing.text },
    ]);
  });

  it('lists a line as an objection, and raises its card, only at the confidence an objection needs', () => {
    const { analyzer, put, at, context } = analyzerHarness(createObjectionsAnalyzer);
    const bar = context.settings.thresholds.objection.minConfidence;
    const unsure = { ...buyer(200, 'We lost about forty grand on that last quarter.', 'budget'), confidence: bar - 0.05, settled: true };
    const sure = { ...buyer(300, 'Honestly that is more than we set aside.', 'budget'), confidence: bar, settled: true };
    put(unsure, sure);
    expect(analyzer.result(at(310)).map((moment) => moment.utteranceId)).toEqual([sure.id]);
    expect(analyzer.candidates(at(310)).map((candidate) => candidate.key)).toEqual([`objection:${sure.id}`]);
  });

  it('drops an objection that a correction turned into an ordinary answer', () => {
    const { analyzer, put, at } = analyzerHarness(createObjectionsAnalyzer);
    const line = buyer(200, 'We already use', 'competition');
    put(line);
    put({ ...labeled(line), text: 'We already use spreadsheets for it.', label: { role: 'buyer', objection: 'none', confidence: 0.9, tier: 'fast' } });
    expect(analyzer.result(at(210))).toEqual([]);
    expect(analyzer.candidates(at(210))).toEqual([]);
  });

  it('proposes an AECR nudge for a fresh, confident objection only', () => {
    const { analyzer, put, at, context } = analyzerHarness(createObjectionsAnalyzer);
    const line = buyer(200, 'We’re trialing two other tools.', 'competition', 3);
    put(line, { ...buyer(202, 'Budget is tight, maybe.', 'budget', 2), confidence: 0.2 });
    // Captions grow word by word: a line is only acted on once it has stopped changing for a moment.
    expect(analyzer.candidates(at(204))).toEqual([]);
    const candidates = analyzer.candidates(at(204 + context.settings.thresholds.nudges.objectionSettleSec));
    expect(candidates).toEqual([
      { kind: 'objection', key: `objection:${line.id}`, evidence: [expect.objectContaining({ utteranceId: line.id })], facts: {}, objection: 'competition' },
    ]);
    expect(analyzer.candidates(at(203 + context.settings.thresholds.nudges.eventFreshSec + 1))).toEqual([]);
  });

  it('acts on a final caption at once', () => {
    const { analyzer, put, at } = analyzerHarness(createObjectionsAnalyzer);
    const line = { ...buyer(100, 'That is more than we set aside.', 'budget', 3), settled: true };
    put(line);
    expect(analyzer.candidates(at(103)).map((candidate) => candidate.objection)).toEqual(['budget']);
  });

  it('waits again when a settling objection is revised, and drops it when the revision is no objection', () => {
    const { analyzer, put, at, context } = analyzerHarness(createObjectionsAnalyzer);
    const settle = context.settings.thresholds.nudges.objectionSettleSec;
    const partial = buyer(100, 'Pretty busy, honestly.', 'timing', 2);
    put(partial);
    expect(analyzer.candidates(at(102))).toEqual([]);
    put({
      ...labeled(partial),
      text: 'Pretty busy, honestly. We had a rough Monday, so this is good timing.',
      label: { role: 'buyer', objection: 'none', confidence: 0.9, tier: 'fast' },
    });
    expect(analyzer.candidates(at(102 + settle))).toEqual([]);
    expect(analyzer.result(at(104))).toEqual([]);
  });

  it('marks an objection the buyer takes back soon after as withdrawn, and proposes no card for it', () => {
    const { analyzer, put, at } = analyzerHarness(createObjectionsAnalyzer);
    const objection = buyer(200, 'Honestly the implementation fee is more than we planned.', 'budget', 4);
    const takeBack = buyer(230, "Okay, if it's spread over the year that's not really an issue.", 'none', 4);
    put(objection, takeBack);
    expect(analyzer.result(at(240))).toEqual([
      { utteranceId: objection.id, category: 'budget', atSec: 200, speaker: 'Dana', text: objection.text, withdrawnAtSec: 230 },
    ]);
    expect(analyzer.candidates(at(240))).toEqual([]);
  });

  it('leaves an objection standing when the withdrawal words come long after it', () => {
    const { analyzer, put, at } = analyzerHarness(createObjectionsAnalyzer);
    const objection = buyer(200, 'Honestly the implementation fee is more than we planned.', 'budget', 4);
    put(objection, buyer(600, "That's not really an issue for the dispatch team.", 'none', 4));
    expect(analyzer.result(at(610))[0].withdrawnAtSec).toBeUndefined();
  });
});

