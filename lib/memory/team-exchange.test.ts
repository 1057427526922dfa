import { describe, expect, it } from 'vitest';
import type { MemoryFact } from './memory-schema';
import { exportMemoryFile, MEMORY_FILE_LIMITS, mergeMemoryFiles, parseMemoryFile } from './team-exchange';

function fact(callId: string, repName: string, suffix = 'b-next_step'): MemoryFact {
  return {
    id: `${callId}#${suffix}`,
    callId,
    repName,
    callStartedAt: 1_700_000_000_000,
    atSec: 5,
    utteranceIds: ['u1'],
    evidence: [{ callId, atSec: 5, utteranceId: 'u1', quote: 'Talk soon.' }],
    kind: 'behaviour',
    theme: 'next_step',
    polarity: 'gap',
  };
}

const fileOf = (repName: string, facts: MemoryFact[]) =>
  exportMemoryFile({ repName, exportedAt: 1_700_000_100_000, facts, observations: [], modelVersions: [] });

describe('the team memory file', () => {
  it('round-trips a rep export', () => {
    const text = fileOf('Alex', [fact('a1', 'Alex')]);
    expect(parseMemoryFile(text)).toEqual({ ok: true, file: JSON.parse(text) });
  });

  it('merges several reps, keeping one copy of a fact it already knows', () => {
    const alex = fileOf('Alex', [fact('a1', 'Alex'), fact('a2', 'Alex')]);
    const blair = fileOf('Blair', [fact('b1', 'Blair'), fact('a1', 'Alex')]);
    const merged = mergeMemoryFiles([fact('a2', 'Alex')], [
      { name: 'alex.json', text: alex },
      { name: 'blair.json', text: blair },
    ]);
    expect(merged.ok && merged.facts.map((entry) => entry.id).sort()).toEqual(['a1#b-next_step', 'a2#b-next_step', 'b1#b-next_step']);
    expect(merged).toMatchObject({ ok: true, addedFacts: 2, reps: ['Alex', 'Blair'] });
  });

  it('rejects damaged, foreign, newer, oversized and inconsistent files with a clear reason and merges nothing', () => {
    const good = fileOf('Alex', [fact('a1', 'Alex')]);
    const withFact = (patch: Record<string, unknown>) => JSON.stringify({ ...JSON.parse(good), facts: [{ ...fact('a1', 'Alex'), ...patch }] });
    const cases: Array<[string, string, RegExp]> = [
      ['cut.json', good.slice(0, 50), /not valid JSON/],
      ['other.json', JSON.stringify({ hello: 'world' }), /not a Discovery Coach memory file/],
      ['newer.json', good.replace('"formatVersion":1', '"formatVersion":2'), /format version 2; .* reads version 1/],
      ['huge.json', ' '.repeat(MEMORY_FILE_LIMITS.maxChars + 1), /MB; the limit is 32 MB/],
      ['foreign-id.json', withFact({ id: 'other-call#q0' }), /facts\.0\.id: does not belong to its call/],
      ['bad-kind.json', withFact({ kind: 'gossip' }), /facts\.0\.kind/],
      ['bad-share.json', JSON.stringify({ ...JSON.parse(good), facts: [{ ...fact('a1', 'Alex'), kind: 'behaviour', theme: 'charisma' }] }), /facts\.0\.theme/],
    ];
    for (const [name, text, reason] of cases) {
      const result = mergeMemoryFiles([], [{ name: 'fine.json', text: good }, { name, text }]);
      expect(result.ok, name).toBe(false);
      if (!result.ok) {
        expect(result.errors).toHaveLength(1);
        expect(result.errors[0].error).toMatch(new RegExp(`^${name.replace('.', '\\.')} was not imported: `));
        expect(result.errors[0].error).toMatch(reason);
      }
    }
  });
});
