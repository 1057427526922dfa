import { describe, expect, it } from 'vitest';
import type { MemoryFact, ThemeKey } from './memory-schema';
import { loadMemorySeeds, MEMORY_SEEDS } from './memory-seeds';
import { consolidate, isShown } from './observations';

const DAY = 86_400_000;
const callId = (index: number) => `call-${String(index).padStart(2, '0')}`;
const base = (index: number, repName: string) => ({
  callId: callId(index),
  repName,
  callStartedAt: index * DAY,
  atSec: 10,
  utteranceIds: ['u1'],
  evidence: [{ callId: callId(index), atSec: 10, utteranceId: 'u1', quote: 'a line' }],
});

/** A call by `repName` that shows `theme` as a gap or strength, or nothing at all. */
function callOf(index: number, repName: string, theme?: ThemeKey, polarity: 'gap' | 'strength' = 'gap'): MemoryFact[] {
  const quality: MemoryFact = {
    ...base(index, repName),
    id: `${callId(index)}#quality`,
    kind: 'call_quality',
    durationSec: 1800,
    repTalkShare: 0.3,
    longestMonologueSec: 40,
    firstPitchSec: null,
    questionCounts: { situation: 1, problem: 1, implication: 1, need_payoff: 0 },
    checklistGaps: [],
    upfrontContract: true,
    nextStep: true,
    objectionCount: 0,
    coachingFocus: null,
    focusText: '',
  };
  if (!theme) return [quality];
  return [quality, { ...base(index, repName), id: `${callId(index)}#b-${theme}`, kind: 'behaviour', theme, polarity }];
}

function askedIn(index: number, repName: string, pattern: string, drew: boolean): MemoryFact {
  return {
    ...base(index, repName),
    id: `${callId(index)}#q0`,
    kind: 'question',
    act: 'implication',
    pattern,
    patternLabel: 'what … cost',
    text: 'What does that cost you?',
    drew: { pain: drew, impact: false, budget: false },
  };
}

const find = (facts: MemoryFact[], id: string, seeds = MEMORY_SEEDS) => consolidate(facts, seeds.observations).find((entry) => entry.id === id);
const changes = (facts: MemoryFact[], id: string) => find(facts, id)?.history.map((entry) => `${entry.change}@${entry.callId}`);

describe('consolidating facts into observations', () => {
  it('keeps a first sighting as a hidden candidate and makes it stable on the second call', () => {
    const once = callOf(1, 'Alex', 'early_pitch');
    expect(find(once, 'gap:Alex:early_pitch')).toMatchObject({ status: 'candidate', proofCount: 1 });
    expect(isShown(find(once, 'gap:Alex:early_pitch')!)).toBe(false);
    const twice = [...once, ...callOf(2, 'Alex', 'early_pitch')];
    expect(find(twice, 'gap:Alex:early_pitch')).toMatchObject({ status: 'stable', proofCount: 2, proofCallIds: ['call-01', 'call-02'] });
  });

  it('takes the number of calls needed from the seeds', () => {
    const seeds = loadMemorySeeds({ observations: { ...MEMORY_SEEDS.observations, stableAfterCalls: 3 } });
    const facts = [1, 2].flatMap((index) => callOf(index, 'Alex', 'early_pitch'));
    expect(find(facts, 'gap:Alex:early_pitch', seeds)?.status).toBe('candidate');
    expect(find([...facts, ...callOf(3, 'Alex', 'early_pitch')], 'gap:Alex:early_pitch', seeds)?.status).toBe('stable');
  });

  it("weakens after the rep's own calls stop showing it, then retires; other reps' calls don't count", () => {
    const facts = [...callOf(1, 'Alex', 'monologue'), ...callOf(2, 'Alex', 'monologue')];
    for (let index = 3; index <= 12; index++) facts.push(...callOf(index, 'Blair'));
    expect(find(facts, 'gap:Alex:monologue')?.status).toBe('stable');
    for (let index = 13; index <= 18; index++) facts.push(...callOf(index, 'Alex'));
    expect(changes(facts, 'gap:Alex:monologue')).toEqual(['created@call-01', 'proof_added@call-02', 'became_stable@call-02', 'weakened@call-15', 'retired@call-18']);
    expect(find(facts, 'gap:Alex:monologue')).toMatchObject({ status: 'retired', proofCount: 2, quietCalls: 6 });
  });

  it('weighs a contradicting call more than a silent one', () => {
    const facts = [...callOf(1, 'Alex', 'early_pitch'), ...callOf(2, 'Alex', 'early_pitch'), ...callOf(3, 'Alex', 'early_pitch', 'strength')];
    expect(find(facts, 'gap:Alex:early_pitch')).toMatchObject({ status: 'stable', quietCalls: 2 });
    facts.push(...callOf(4, 'Alex', 'early_pitch', 'strength'));
    expect(find(facts, 'gap:Alex:early_pitch')).toMatchObject({ status: 'weakening', quietCalls: 4 });
  });

  it('brings a weakening observation back with new evidence and revives a retired one as a candidate', () => {
    const facts = [1, 2].flatMap((index) => callOf(index, 'Alex', 'next_step'));
    for (let index = 3; index <= 5; index++) facts.push(...callOf(index, 'Alex'));
    facts.push(...callOf(6, 'Alex', 'next_step'));
    expect(changes(facts, 'gap:Alex:next_step')?.slice(-3)).toEqual(['weakened@call-05', 'proof_added@call-06', 'reinforced@call-06']);
    for (let index = 7; index <= 12; index++) facts.push(...callOf(index, 'Alex'));
    facts.push(...callOf(13, 'Alex', 'next_step'));
    expect(find(facts, 'gap:Alex:next_step')).toMatchObject({ status: 'candidate', proofCount: 4, activeProof: 1 });
    facts.push(...callOf(14, 'Alex', 'next_step'));
    expect(find(facts, 'gap:Alex:next_step')).toMatchObject({ status: 'stable', proofCount: 5 });
  });

  it('needs two reps before a gap becomes a coaching theme across reps', () => {
    const oneRep = [1, 2, 3].flatMap((index) => callOf(index, 'Alex', 'talk_share'));
    expect(find(oneRep, 'coaching_theme:*:talk_share')).toMatchObject({ status: 'candidate', proofCount: 3, proofReps: ['Alex'] });
    const twoReps = [...oneRep, ...callOf(4, 'Blair', 'talk_share')];
    expect(find(twoReps, 'coaching_theme:*:talk_share')).toMatchObject({ status: 'stable', proofReps: ['Alex', 'Blair'] });
  });

  it('judges a question pattern only on the calls that asked it', () => {
    const facts: MemoryFact[] = [askedIn(1, 'Alex', 'implication/what/cost', true), askedIn(2, 'Blair', 'implication/what/cost', true)];
    for (let index = 3; index <= 10; index++) facts.push(...callOf(index, 'Casey'));
    expect(find(facts, 'question_pattern:*:implication/what/cost')).toMatchObject({ status: 'stable', quietCalls: 0 });
    facts.push(askedIn(11, 'Alex', 'implication/what/cost', false), askedIn(12, 'Alex', 'implication/what/cost', false));
    expect(find(facts, 'question_pattern:*:implication/what/cost')).toMatchObject({ status: 'weakening', quietCalls: 4 });
    expect(find([askedIn(1, 'Alex', 'situation/what/tools', false)], 'question_pattern:*:situation/what/tools')).toBeUndefined();
  });

  it('leaves a one-off a candidate however many calls follow', () => {
    const facts = [...callOf(1, 'Casey', 'early_pitch')];
    for (let index = 2; index <= 20; index++) facts.push(...callOf(index, 'Casey', 'early_pitch', 'strength'));
    expect(find(facts, 'gap:Casey:early_pitch')).toMatchObject({ status: 'candidate', proofCount: 1 });
  });

  it('gives the same observations whatever order the facts arrive in', () => {
    const facts = [1, 2, 3, 4].flatMap((index) => callOf(index, index % 2 ? 'Alex' : 'Blair', 'checklist'));
    expect(consolidate([...facts].reverse())).toEqual(consolidate(facts));
  });
});
