import { describe, expect, it } from 'vitest';
import { sampleAnalysis } from '../../test-fixtures/sample-call';
import { averageOf, trendPoints } from './trend-points';

describe('trendPoints', () => {
  it('orders calls oldest first and derives each figure', () => {
    const points = trendPoints([
      { callId: 'late', title: 'B', startedAt: 2000, analysis: sampleAnalysis({ firstPitchSec: 492 }) },
      { callId: 'early', title: 'A', startedAt: 1000, analysis: sampleAnalysis({ repTalkSec: 0, buyerTalkSec: 0, repTalkShare: 0 }) },
    ]);
    expect(points.map((point) => point.callId)).toEqual(['early', 'late']);
    expect(points[0]).toMatchObject({ talkSharePercent: null, firstPitchMinute: null, implicationQuestions: 1, checklistPercent: 50 });
    expect(points[1]).toMatchObject({ talkSharePercent: 38, firstPitchMinute: 8.2 });
  });

  it('averages only present values', () => {
    expect(averageOf([10, null, 20])).toBe(15);
    expect(averageOf([null])).toBeNull();
  });
});
