import { describe, expect, it } from 'vitest';
import type { CallAnalysis } from './analysis-types';
import { BENCHMARKS, loadBenchmarks } from './benchmarks';
import { averageInteractionFigures, interactionFigures } from './interaction-figures';
import { buyer, playCall, rep } from './scripted-call';

const analysisOf = (lines: Parameters<typeof playCall>[0]) => playCall(lines).analysis() as CallAnalysis;

const call = () =>
  analysisOf([
    rep(0, 'How do you close the month today?', 'situation', 45),
    buyer(46, 'By hand, over a whole week, and the board waits.', 'none', 60),
    rep(107, 'What does that week cost you?', 'implication', 8),
    buyer(116, 'Overtime, and trust.', 'none', 20),
  ]);

describe('interaction figures', () => {
  it('reads each figure of a call against its benchmark', () => {
    const rows = interactionFigures(call());
    expect(rows.map((row) => row.id)).toEqual(['talkShare', 'longestCustomerStory', 'interactivity', 'questionCount', 'questionSpread', 'patience']);
    const byId = Object.fromEntries(rows.map((row) => [row.id, row]));
    expect(byId.talkShare).toMatchObject({ value: 53 / 133, meets: true });
    expect(byId.longestCustomerStory).toMatchObject({ value: 60, meets: null });
    expect(byId.questionCount).toMatchObject({ value: 2, meets: false });
    expect(byId.patience).toMatchObject({ value: 1 });
    expect(byId.talkShare.benchmark.source).toMatch(/Gong Labs/);
  });

  it('gives no rows for a call stored before the figures, and averages only calls that have them', () => {
    const { longestCustomerStorySec: _omitted, ...old } = call();
    expect(interactionFigures(old as CallAnalysis)).toEqual([]);
    expect(averageInteractionFigures([old as CallAnalysis])).toEqual([]);
    const averaged = averageInteractionFigures([call(), old as CallAnalysis, { ...call(), repQuestionCount: 12 }]);
    expect(averaged.find((row) => row.id === 'questionCount')).toMatchObject({ value: 7, meets: false });
  });

  it('takes its benchmarks from the data', () => {
    const moved = loadBenchmarks({
      ...BENCHMARKS,
      figures: BENCHMARKS.figures.map((figure) => (figure.id === 'questionCount' ? { ...figure, benchmark: { ...figure.benchmark, from: 1, to: 3 } } : figure)),
    });
    expect(interactionFigures(call(), moved).find((row) => row.id === 'questionCount')?.meets).toBe(true);
    expect(() => loadBenchmarks({ ...BENCHMARKS, figures: BENCHMARKS.figures.slice(1) })).toThrow(/every figure exactly once/);
  });
});
