import { describe, expect, it } from 'vitest';
import type { NudgeCandidate } from './analyzers/analyzer';
import { METHODOLOGY } from './methodology';
import { createNudgePolicy } from './nudge-policy';
import { resolveCoachSettings, type CoachSettingsOverrides } from './settings';

const evidence = [{ utteranceId: 'u1', atSec: 100, speaker: 'Dana', text: 'We do it by hand.' }];
const candidate = (kind: NudgeCandidate['kind'], key: string = kind, extra: Partial<NudgeCandidate> = {}): NudgeCandidate => ({
  kind,
  key,
  evidence,
  facts: { sharePct: 70, seconds: 95, time: '05:00', earlyMin: 15 },
  ...extra,
});
const policyWith = (overrides: CoachSettingsOverrides = {}) => {
  const settings = resolveCoachSettings(overrides);
  return { policy: createNudgePolicy(settings, METHODOLOGY), limits: settings.thresholds.nudges };
};
const noGap = () => undefined;

describe('nudge policy', () => {
  it('raises the highest-priority candidate, once per occurrence', () => {
    const { policy } = policyWith();
    const [raised] = policy.consider([candidate('checklist'), candidate('monologue'), candidate('talk-share')], 100, noGap);
    expect(raised.kind).toBe('monologue');
    expect(policy.consider([candidate('monologue')], 1000, noGap)).toEqual([]);
  });

  it('keeps a kind quiet for its cool-down, then lets a new occurrence through', () => {
    const { policy, limits } = policyWith();
    const cooldown = limits.byKind.monologue.cooldownSec;
    policy.consider([candidate('monologue', 'monologue:a')], 100, noGap);
    expect(policy.consider([candidate('monologue', 'monologue:b')], 100 + cooldown - 1, noGap)).toEqual([]);
    expect(policy.consider([candidate('monologue', 'monologue:b')], 100 + cooldown, noGap)).toHaveLength(1);
  });

  it('keeps a minimum gap between any two nudges, except urgent objections', () => {
    const { policy, limits } = policyWith();
    policy.consider([candidate('talk-share')], 100, noGap);
    expect(policy.consider([candidate('checklist')], 100 + limits.minGapSec - 1, noGap)).toEqual([]);
    const urgent = policy.consider([candidate('objection', 'objection:u2', { objection: 'budget' })], 101, noGap);
    expect(urgent.map((nudge) => nudge.kind)).toEqual(['objection']);
    expect(policy.consider([candidate('checklist')], 101 + limits.minGapSec, noGap)).toHaveLength(1);
  });

  it('stops coaching nudges at their cap, and objection cards at theirs, without one spending the other', () => {
    const { policy } = policyWith({ thresholds: { nudges: { maxPerCall: 1, maxObjectionCardsPerCall: 2 } } });
    policy.consider([candidate('objection', 'objection:1', { objection: 'budget' })], 100, noGap);
    policy.consider([candidate('objection', 'objection:2', { objection: 'timing' })], 200, noGap);
    expect(policy.consider([candidate('objection', 'objection:3', { objection: 'competition' })], 300, noGap)).toEqual([]);
    expect(policy.consider([candidate('monologue')], 400, noGap).map((nudge) => nudge.kind)).toEqual(['monologue']);
    expect(policy.consider([candidate('checklist')], 1000, noGap)).toEqual([]);
    expect(policy.raised()).toHaveLength(3);
  });

  it('leads every nudge with a short line to say', () => {
    const { policy } = policyWith();
    const [objection] = policy.consider([candidate('objection', 'objection:u1', { objection: 'budget' })], 100, noGap);
    expect(objection.say).toBe(METHODOLOGY.objections.budget.sayNow);
    const [monologue] = policy.consider([candidate('monologue')], 1000, () => 'impact');
    expect(monologue.say).toBeTruthy();
    expect(monologue.message).toContain(monologue.say!.replace('…', ''));
  });

  it('never raises a kind the rep switched off', () => {
    const { policy } = policyWith({ enabledNudges: { monologue: false } });
    expect(policy.consider([candidate('monologue')], 100, noGap)).toEqual([]);
    expect(policy.consider([candidate('checklist')], 100, noGap).map((nudge) => nudge.kind)).toEqual(['checklist']);
  });

  it('gives objection nudges the category’s AECR card', () => {
    const { policy } = policyWith();
    const [nudge] = policy.consider([candidate('objection', 'objection:u1', { objection: 'budget' })], 100, noGap);
    const card = METHODOLOGY.objections.budget;
    expect(nudge.objection).toBe('budget');
    expect(nudge.title).toContain(card.label);
    for (const step of [card.acknowledge, card.empathize, card.clarify, card.reframe]) expect(nudge.message).toContain(step);
  });

  it('carries the candidate’s evidence and fills every placeholder', () => {
    const { policy } = policyWith();
    const kinds = ['talk-share', 'monologue', 'early-pitch', 'implication', 'checklist', 'upfront-contract', 'next-step'] as const;
    kinds.forEach((kind, index) => {
      const [nudge] = policy.consider([candidate(kind, kind, { checklistGaps: ['impact'] })], 1000 * (index + 1), () => 'impact');
      expect(nudge.evidence).toEqual(evidence);
      expect(`${nudge.title} ${nudge.message}`).not.toMatch(/\{\w+\}/);
    });
  });

  it('rotates through the playbook’s words when a kind is raised again', () => {
    const { policy } = policyWith();
    const [first] = policy.consider([candidate('implication', 'implication:1')], 100, noGap);
    const [second] = policy.consider([candidate('implication', 'implication:2')], 2000, noGap);
    expect(first.message).toContain(METHODOLOGY.playbook.spin.implication[0]);
    expect(second.message).toContain(METHODOLOGY.playbook.spin.implication[1]);
  });

  it('shows the latest nudge for the display time', () => {
    const { policy, limits } = policyWith();
    const [nudge] = policy.consider([candidate('checklist')], 100, noGap);
    expect(policy.current(100 + limits.displaySec - 1)).toEqual(nudge);
    expect(policy.current(100 + limits.displaySec)).toBeNull();
  });
});
