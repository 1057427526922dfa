import { describe, expect, it } from 'vitest';
import { BENCHMARKS } from '../benchmarks';
import { analyzerHarness, buyer, labeled, rep } from '../scripted-call';
import { createCustomerStoryAnalyzer, storyRunningSec } from './customer-story';

const harness = () => analyzerHarness((context) => createCustomerStoryAnalyzer(context));

describe('longest customer story', () => {
  it('runs through the rep’s short back-channels and ends at a real rep turn', () => {
    const { analyzer, put, at } = harness();
    put(
      rep(0, 'Walk me through how month-end works today?', 'situation', 3),
      buyer(4, 'So on day one we pull every ledger into a spreadsheet.', 'none', 20),
      rep(24.5, 'Mm-hmm.', 'other', 0.5),
      buyer(25, 'Then three people reconcile it by hand, and it takes a week.', 'none', 30),
      rep(56, 'Right.', 'other', 0.4),
      buyer(57, 'And when something is off we start again.', 'none', 13),
      rep(71, 'What does that week cost you in overtime and in late reports to the board?', 'implication', 6),
      buyer(78, 'A lot, honestly.', 'none', 2),
    );
    expect(analyzer.result(at(90))).toEqual({ longestCustomerStorySec: 66, longestCustomerStoryAtSec: 4 });
  });

  it('ends at a long silence, and is 0 before the buyer spoke', () => {
    const { analyzer, put, at } = harness();
    expect(analyzer.result(at(0))).toEqual({ longestCustomerStorySec: 0, longestCustomerStoryAtSec: null });
    put(buyer(0, 'We tried two tools before.', 'none', 10), buyer(30, 'Neither stuck with the team.', 'none', 5));
    expect(analyzer.result(at(40))).toEqual({ longestCustomerStorySec: 10, longestCustomerStoryAtSec: 0 });
  });

  it('tells whether the buyer is mid-story now', () => {
    const { context } = harness();
    const lines = [rep(0, 'How does it work today?', 'situation', 2), buyer(3, 'Well, it started when we merged two teams.', 'none', 40), rep(43.2, 'Mm-hmm.', 'other', 0.5)].map(labeled);
    const speech = context.settings.thresholds.speech;
    expect(storyRunningSec(lines.slice(0, 2), 45, speech)).toBe(42);
    // The last line is the rep's back-channel: the story may go on, but the buyer is not talking right now.
    expect(storyRunningSec(lines, 45, speech)).toBe(0);
    expect(storyRunningSec(lines.slice(0, 2), 43 + BENCHMARKS.story.stillGoingSec + 1, speech)).toBe(0);
  });
});
