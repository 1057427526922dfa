import { describe, expect, it } from 'vitest';
import { loadMethodology, METHODOLOGY, MethodologyError, playbookPrompts, SEEDS, withEitherApostrophe } from '.';

const withSeed = (name: keyof typeof SEEDS, edit: (seed: Record<string, any>) => void) => {
  const copy = structuredClone(SEEDS[name]) as Record<string, any>;
  edit(copy);
  return { ...SEEDS, [name]: copy };
};

describe('methodology seeds', () => {
  it('load and compile', () => {
    expect(METHODOLOGY.thresholds.talkShare.max).toBe(0.4);
    expect(METHODOLOGY.thresholds.sleepGapSec).toBeGreaterThan(60);
    expect(METHODOLOGY.cues.nextStep.components.length).toBeGreaterThan(0);
  });

  it('name the file and field of an invalid value', () => {
    expect(() => loadMethodology(withSeed('thresholds', (seed) => (seed.talkShare.max = 4)))).toThrow(MethodologyError);
    expect(() => loadMethodology(withSeed('thresholds', (seed) => (seed.talkShare.max = 4)))).toThrow(/thresholds\.json: talkShare\.max/);
  });

  it('take for a booking only rep lines read as the acts named, and refuse an act that does not exist', () => {
    expect([...(METHODOLOGY.cues.nextStep.repActs ?? [])]).toEqual(['other']);
    expect(() => loadMethodology(withSeed('cues', (seed) => (seed.nextStep.repActs = ['scheduling'])))).toThrow(/cues\.json: nextStep\.repActs/);
  });

  it('reject a phrasing pattern that is not a regular expression', () => {
    expect(() => loadMethodology(withSeed('cues', (seed) => (seed.questionStarts = '(unclosed')))).toThrow(/cues\.json: questionStarts/);
  });

  it('reject wording that points at playbook words that do not exist', () => {
    expect(() => loadMethodology(withSeed('nudges', (seed) => (seed.monologue.promptFrom = 'spin.nothing')))).toThrow(/does not lead to example words/);
    expect(() => loadMethodology(withSeed('debrief', (seed) => (seed.opportunities.monologue.tryInsteadFrom = 'checklist.{nope}')))).toThrow(MethodologyError);
  });

  it('resolve playbook paths with placeholders', () => {
    expect(playbookPrompts(METHODOLOGY, 'checklist.{gap}', { gap: 'impact' })).toEqual(METHODOLOGY.playbook.checklist.impact);
    expect(playbookPrompts(METHODOLOGY, 'objections.{category}.clarify', { category: 'timing' })).toEqual([METHODOLOGY.objections.timing.clarify]);
    expect(playbookPrompts(METHODOLOGY, 'phases.nowhere')).toEqual([]);
  });
});

describe('cue patterns and apostrophes', () => {
  it('match the typographic apostrophe wherever a cue has the straight one, in and out of character classes', () => {
    const either = (source: string) => new RegExp(withEitherApostrophe(source), 'i');
    expect(either("(i'?ll|i will) send").test('I’ll send you an invite')).toBe(true);
    expect(either("what happens (to [\\w' ]+ )?if").test('what happens to the center’s grant if')).toBe(true);
    expect(either("don'?t").test('don’t')).toBe(true);
    expect(either("don'?t").test("don't")).toBe(true);
    expect(either("\\'x").source).toBe("\\'x");
  });
});
