// Non-urgent nudges wait while the buyer is mid-story; objections do not.
import { describe, expect, it } from 'vitest';
import type { NudgeCandidate } from './analyzers/analyzer';
import { BENCHMARKS } from './benchmarks';
import { METHODOLOGY } from './methodology';
import { createNudgePolicy } from './nudge-policy';
import { buyer, playCall, rep } from './scripted-call';
import { resolveCoachSettings } from './settings';

const candidate = (kind: NudgeCandidate['kind'], extra: Partial<NudgeCandidate> = {}): NudgeCandidate => ({
  kind,
  key: kind,
  evidence: [{ atSec: 100 }],
  facts: { sharePct: 70, seconds: 95, time: '05:00', earlyMin: 15 },
  ...extra,
});
const noGap = () => undefined;

describe('nudges while the buyer is mid-story', () => {
  it('hold non-urgent kinds and let objections through', () => {
    const policy = createNudgePolicy(resolveCoachSettings(), METHODOLOGY);
    expect(policy.consider([candidate('checklist'), candidate('talk-share')], 100, noGap, { buyerMidStory: true })).toEqual([]);
    const urgent = policy.consider([candidate('checklist'), candidate('objection', { key: 'objection:1', objection: 'budget' })], 100, noGap, { buyerMidStory: true });
    expect(urgent.map((nudge) => nudge.kind)).toEqual(['objection']);
    expect(policy.consider([candidate('checklist')], 200, noGap, { buyerMidStory: false }).map((nudge) => nudge.kind)).toEqual(['checklist']);
    // The next-step reminder comes near the end of the call: waiting for the story would lose it.
    const late = policy.consider([candidate('next-step')], 300, noGap, { buyerMidStory: true, neverHold: BENCHMARKS.story.neverHold });
    expect(late.map((nudge) => nudge.kind)).toEqual(['next-step']);
  });

  it('wait in a live call until the buyer’s story ends', () => {
    // No upfront contract: its nudge is due at the end of the opening, while the buyer is telling a long story.
    const storyEndSec = 400;
    const lines = [rep(0, 'Hi Dana, thanks for joining.', 'other', 3), buyer(5, 'Hi Sam.', 'none', 1)];
    for (let startSec = 10; startSec < storyEndSec; startSec += 10) lines.push(buyer(startSec, 'And then the spreadsheet broke again, so we rebuilt it by hand.', 'none', 9.5));
    lines.push(rep(storyEndSec + 1, 'That sounds painful, what did it cost you?', 'implication', 4));
    const nudges = playCall(lines).report({ callId: 'c', platform: 'meet', title: 't', repName: 'Sam', startedAt: 0 }).nudges;
    expect(nudges.length).toBeGreaterThan(0);
    expect(BENCHMARKS.story.holdNudgesAfterSec).toBeLessThan(storyEndSec);
    for (const nudge of nudges) expect(nudge.atSec).toBeGreaterThanOrEqual(storyEndSec);
  });
});
