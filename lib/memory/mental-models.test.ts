import { describe, expect, it } from 'vitest';
import { buildMentalModels, nextModelVersions } from './mental-models';
import type { MemoryFact, Observation } from './memory-schema';
import { loadMemorySeeds, MEMORY_SEEDS, MemorySeedError } from './memory-seeds';
import { themeToWorkOnNext } from './next-theme';

const context = (generatedAt: number) => ({ generatedAt, afterCallId: 'c1', basedOnCalls: 1 });

function gapObservation(theme: string, status: Observation['status'], proofCount = 2): Observation {
  const sighting = { callId: 'c2', at: 2 };
  return {
    id: `gap:Alex:${theme}`,
    kind: 'gap',
    repName: 'Alex',
    subject: theme,
    proofCount,
    proofCallIds: ['c1', 'c2'],
    proofReps: ['Alex'],
    sourceFactIds: [],
    firstSeen: { callId: 'c1', at: 1 },
    lastSeen: sighting,
    status,
    activeProof: proofCount,
    quietCalls: 0,
    history: [],
  };
}

describe('mental models', () => {
  it('says honestly that there is not enough data when memory is empty', () => {
    const [playbook, themes] = buildMentalModels([], []);
    const statements = [...playbook.sections, ...themes.sections].flatMap((section) => section.statements);
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) expect(statement).toMatchObject({ kind: 'not_enough_data', evidence: [] });
    expect(statements.map((statement) => statement.text)).toContain('Not enough data yet: no question pattern has drawn pain, impact or budget in 2 or more calls.');
  });

  it('adds a version only when what a model says has changed, numbering from the last one', () => {
    const first = nextModelVersions([], buildMentalModels([], []), context(10));
    expect(first.map((version) => [version.modelId, version.version])).toEqual([
      ['discovery-playbook', 1],
      ['coaching-themes', 1],
    ]);
    expect(nextModelVersions(first, buildMentalModels([], []), context(20))).toEqual([]);
    const shown = [gapObservation('next_step', 'stable')];
    const second = nextModelVersions(first, buildMentalModels([], shown), context(30));
    expect(second.map((version) => [version.modelId, version.version, version.generatedAt])).toEqual([['coaching-themes', 2, 30]]);
    expect(second[0].sections.find((section) => section.key === 'reps')?.statements[0].text).toBe(
      'Gap: Alex ends calls without a dated next step, seen in 2 calls (last 1970-01-01).',
    );
  });

  it('picks the highest-priority stable gap as the theme to work on next, skipping fading ones', () => {
    const facts = new Map<string, MemoryFact>();
    const observations = [gapObservation('next_step', 'stable', 5), gapObservation('implication', 'stable'), gapObservation('early_pitch', 'weakening')];
    expect(themeToWorkOnNext('Alex', observations, facts)).toMatchObject({
      theme: 'implication',
      practice: MEMORY_SEEDS.themes.themes.implication.practice,
      observationId: 'gap:Alex:implication',
    });
    expect(themeToWorkOnNext('Blair', observations, facts)).toBeNull();
  });

  it('rejects a broken seed file with its name and the field at fault', () => {
    expect(() => loadMemorySeeds({ observations: { ...MEMORY_SEEDS.observations, retireAfterQuietCalls: 2 } })).toThrow(MemorySeedError);
    expect(() => loadMemorySeeds({ retain: { ...MEMORY_SEEDS.retain, answerCues: { pain: ['(unclosed'], impact: ['x'], budget: ['y'] } } })).toThrow(
      /seeds\/memory\/retain\.json: answerCues\.pain\.0: not a valid regular expression/,
    );
  });
});
