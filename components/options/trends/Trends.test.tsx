// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleAnalysis } from '../../test-fixtures/sample-call';
import { Trends } from './Trends';

afterEach(cleanup);

describe('Trends', () => {
  it('explains instead of drawing with fewer than two calls', () => {
    render(<Trends calls={[{ callId: 'a', title: 'A', startedAt: 1, analysis: sampleAnalysis() }]} talkShareMax={0.4} pitchWindowSec={900} />);
    expect(screen.getByTestId('trends-empty').textContent).toContain('You have 1');
  });

  it('shows the four trends with their averages', () => {
    const calls = [
      { callId: 'a', title: 'A', startedAt: 1, analysis: sampleAnalysis({ repTalkShare: 0.5, firstPitchSec: 600 }) },
      { callId: 'b', title: 'B', startedAt: 2, analysis: sampleAnalysis({ repTalkShare: 0.3, firstPitchSec: null, questionCounts: { situation: 1, problem: 1, implication: 4, need_payoff: 1 } }) },
    ];
    render(<Trends calls={calls} talkShareMax={0.4} pitchWindowSec={900} />);
    expect(screen.getByTestId('trend-talkSharePercent-average').textContent).toBe('40% avg');
    expect(screen.getByTestId('trend-implicationQuestions-average').textContent).toBe('2.5 avg');
    expect(screen.getByTestId('trend-firstPitchMinute-average').textContent).toBe('10 min avg');
    expect(screen.getByTestId('trend-checklistPercent-average').textContent).toBe('50% avg');
    // Each chart names its aim, from the rep's settings and the methodology.
    expect(screen.getByTestId('trend-talkSharePercent-aim').textContent).toBe('(aim: 40% or less, shaded)');
    expect(screen.getByTestId('trend-firstPitchMinute-aim').textContent).toBe('(aim: at 15:00 or later, shaded)');
    expect(screen.getByTestId('trend-checklistPercent-aim').textContent).toBe('(aim: all 6 found, dashed line)');
  });
});
