// The interaction figures are optional in stored reports: calls stored before them stay valid, and a report
// that has them is checked.
import { describe, expect, it } from 'vitest';
import { buyer, playCall, rep } from '../lib/engine/scripted-call';
import { callAnalysisSchema } from './record-schemas';

const report = () =>
  playCall([rep(0, 'How do you close the month today?', 'situation', 3), buyer(4, 'By hand, over a whole week.', 'none', 70)]).report({
    callId: 'c1',
    platform: 'meet',
    title: 'Acme',
    repName: 'Sam',
    startedAt: 0,
  });

describe('stored interaction figures', () => {
  it('accept a report with them and one stored before them', () => {
    const { analysis } = report();
    expect(analysis.longestCustomerStorySec).toBe(70);
    expect(callAnalysisSchema.safeParse(analysis).success).toBe(true);
    const {
      longestCustomerStorySec: _a,
      longestCustomerStoryAtSec: _b,
      speakerSwitchesPerMinute: _c,
      repQuestionCount: _d,
      questionSpread: _e,
      repPatienceSec: _f,
      ...stored
    } = analysis;
    expect(callAnalysisSchema.safeParse(stored).success).toBe(true);
    expect(callAnalysisSchema.safeParse({ ...analysis, questionSpread: 1.5 }).success).toBe(false);
  });
});
