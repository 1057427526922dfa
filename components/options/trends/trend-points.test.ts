import { describe, expect, it } from 'vitest';
import { sampleAnalysis } from '../../test-fixtures/sample-call';
import { averageOf, trendAxisLabels, trendPoints } from './trend-points';

const day = (epochMs: number) => new Date(epochMs).toLocaleDateString('en-GB', { day: 'numeric', month: 'short' });
const time = (epochMs: number) => new Date(epochMs).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
const at = (date: number, hour: number, minute = 0) => new Date(2026, 11, date, hour, minute).getTime();

describe('trendPoints', () => {
  it('orders calls oldest first and derives each figure', () => {
    const points = trendPoints([
      { callId: 'late', title: 'B', startedAt: 2000, analysis: sampleAnalysis({ firstPitchSec: 492 }) },
      { callId: 'early', title: 'A', startedAt: 1000, analysis: sampleAnalysis({ repTalkSec: 0, buyerTalkSec: 0, repTalkShare: 0 }) },
    ], day, time);
    expect(points.map((point) => point.callId)).toEqual(['early', 'late']);
    expect(points[0]).toMatchObject({ talkSharePercent: null, firstPitchMinute: null, implicationQuestions: 1, checklistPercent: 50 });
    expect(points[1]).toMatchObject({ talkSharePercent: 38, firstPitchMinute: 8.2 });
  });

  it('labels each call differently: the day alone, with the time when the day has several calls, numbered within a minute', () => {
    expect(trendAxisLabels([at(2, 9), at(4, 9, 5), at(4, 14, 30), at(5, 11), at(5, 11)], day, time)).toEqual([
      '2 Dec',
      '4 Dec\n09:05',
      '4 Dec\n14:30',
      '5 Dec\n11:00',
      '5 Dec\n11:00 (2)',
    ]);
  });

  it('averages only present values', () => {
    expect(averageOf([10, null, 20])).toBe(15);
    expect(averageOf([null])).toBeNull();
  });
});
