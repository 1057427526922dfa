// Replays 15 synthetic calls by three reps through the real pipeline (scripted transcript → the engine's session
// → CallReport → retain → consolidate → mental models) and checks what memory makes of them.
import { describe, expect, it } from 'vitest';
import { createSessionCore } from '../engine/session';
import { createSeededRandom } from '../seeded-random';
import { ONE_OFF_QUESTION, labelReader, syntheticCalls, type SyntheticCall } from '../../test/memory/synthetic-calls';
import type { MemoryFact, Observation } from './memory-schema';
import { MEMORY_SEEDS } from './memory-seeds';
import { nextThemesByRep } from './next-theme';
import { consolidate, isShown } from './observations';
import { EMPTY_MEMORY, rememberInMemory, type MemoryState } from './remember';

const DAY = 86_400_000;

function replay(call: SyntheticCall) {
  const session = createSessionCore({ classifier: labelReader(call.utterances) });
  for (const line of call.utterances) {
    const { label: _label, ...unlabeled } = line;
    session.ingestUtterance(unlabeled, line.endSec);
  }
  return { report: session.report(call.meta), utterances: session.utterances() };
}

function runSequence(calls: SyntheticCall[]) {
  let state: MemoryState = EMPTY_MEMORY;
  const snapshots: Array<{ callId: string; state: MemoryState }> = [];
  const reports = calls.map((call) => {
    const { report, utterances } = replay(call);
    state = rememberInMemory(state, { meta: call.meta, utterances, report }, call.meta.startedAt + DAY / 2).state;
    snapshots.push({ callId: call.meta.callId, state });
    return report;
  });
  return { state, snapshots, reports };
}

const calls = syntheticCalls();
const { state, snapshots, reports } = runSequence(calls);
const observation = (memory: MemoryState, id: string) => memory.observations.find((entry) => entry.id === id);
const statusAfter = (callId: string, id: string) => observation(snapshots.find((snapshot) => snapshot.callId === callId)!.state, id)?.status;
const lineById = new Map(calls.flatMap((call) => call.utterances.map((line) => [`${call.meta.callId}/${line.id}`, line])));

describe('memory over a sequence of synthetic calls', () => {
  it('plays at least 12 calls by 3 reps through the engine, which raises the nudges the simulated reps saw', () => {
    expect(calls.length).toBeGreaterThanOrEqual(12);
    expect(new Set(calls.map((call) => call.meta.repName)).size).toBe(3);
    reports.forEach((report, index) => expect(report.nudges.map((nudge) => nudge.kind)).toEqual(calls[index].liveNudges));
  });

  it('shows an observation only once its evidence has come from at least two calls', () => {
    for (const { state: memory } of snapshots) {
      const factCalls = new Map(memory.facts.map((fact) => [fact.id, fact.callId]));
      for (const shown of memory.observations.filter(isShown)) {
        const sourceCalls = new Set(shown.sourceFactIds.map((id) => factCalls.get(id)));
        expect(sourceCalls.size, shown.id).toBeGreaterThanOrEqual(MEMORY_SEEDS.observations.stableAfterCalls);
      }
    }
    expect(snapshots[0].state.observations.filter(isShown)).toEqual([]);
    expect(statusAfter('call-001', 'gap:Alex:early_pitch')).toBe('candidate');
    expect(statusAfter('call-004', 'gap:Alex:early_pitch')).toBe('stable');
  });

  it('never turns a one-off into an observation', () => {
    const oneOffCall = calls[ONE_OFF_QUESTION.callIndex].meta.callId;
    for (const { state: memory } of snapshots.slice(ONE_OFF_QUESTION.callIndex)) {
      expect(observation(memory, 'gap:Casey:early_pitch')?.status).toBe('candidate');
      expect(observation(memory, 'question_pattern:*:implication/how/impact')).toMatchObject({ status: 'candidate', proofCallIds: [oneOffCall] });
    }
    const modelText = JSON.stringify(state.modelVersions.at(-1)) + JSON.stringify(state.modelVersions.at(-2));
    expect(modelText).not.toContain(ONE_OFF_QUESTION.question);
    expect(modelText).not.toContain('gap:Casey:early_pitch');
  });

  it('counts proof as the distinct calls whose facts show it, and records every change', () => {
    for (const entry of state.observations) {
      const supporting = state.facts.filter((fact) => supports(fact, entry));
      expect(entry.proofCount, entry.id).toBe(new Set(supporting.map((fact) => fact.callId)).size);
      expect(new Set(entry.proofCallIds)).toEqual(new Set(supporting.map((fact) => fact.callId)));
    }
    const earlyPitch = observation(state, 'gap:Alex:early_pitch')!;
    expect(earlyPitch.history.map((change) => `${change.change}@${change.callId}`)).toEqual([
      'created@call-001',
      'proof_added@call-004',
      'became_stable@call-004',
      'proof_added@call-007',
      'contradicted@call-010',
      'contradicted@call-013',
      'weakened@call-013',
      'contradicted@call-015',
      'retired@call-015',
    ]);
    expect(earlyPitch.firstSeen.callId).toBe('call-001');
    expect(earlyPitch.lastSeen.callId).toBe('call-007');
  });

  it('weakens and then retires a behaviour that stops recurring, and notices the new habit', () => {
    expect(statusAfter('call-010', 'gap:Alex:early_pitch')).toBe('stable');
    expect(statusAfter('call-013', 'gap:Alex:early_pitch')).toBe('weakening');
    expect(statusAfter('call-015', 'gap:Alex:early_pitch')).toBe('retired');
    expect(statusAfter('call-015', 'strength:Alex:early_pitch')).toBe('stable');
    const themes = JSON.stringify(latestModel('coaching-themes'));
    expect(themes).not.toContain('gap:Alex:early_pitch');
    expect(themes).toContain('strength:Alex:early_pitch');
  });

  it('cites only real evidence: calls, times and lines that exist, or the call’s own talk figures', () => {
    for (const model of [latestModel('discovery-playbook'), latestModel('coaching-themes')]) {
      for (const statement of model.sections.flatMap((section) => section.statements)) {
        if (statement.kind === 'claim') expect(statement.evidence.length, statement.id).toBeGreaterThan(0);
        for (const ref of statement.evidence) {
          if (ref.utteranceId === undefined && ref.speaker === MEMORY_SEEDS.themes.talkShareFigure.speaker) {
            expect(statement.id).toMatch(/talk_share/);
            expect(ref.quote).toMatch(/^Rep talk share \d+%/);
            continue;
          }
          const line = lineById.get(`${ref.callId}/${ref.utteranceId}`);
          expect(line, `${statement.id} cites ${ref.callId}/${ref.utteranceId}`).toBeDefined();
          expect(ref.quote).toBe(line?.text);
          expect(ref.atSec).toBe(line?.startSec);
        }
        for (const [, quote] of statement.text.matchAll(/"([^"]+)"/g)) {
          if (statement.id.startsWith('within:')) continue; // quotes the nudge's title, not a line
          const cited = [...lineById.values()].some((line) => line.text.replace(/"/g, "'") === quote || quote.endsWith('…'));
          const patternLabel = state.facts.some((fact) => fact.kind === 'question' && fact.patternLabel === quote);
          expect(cited || patternLabel, `${statement.id} quotes "${quote}"`).toBe(true);
        }
      }
    }
  });

  it('ranks question patterns by how often they drew pain, impact or budget, with real examples', () => {
    const patterns = latestModel('discovery-playbook').sections.find((section) => section.key === 'patterns')!.statements;
    const ids = patterns.map((statement) => statement.id);
    expect(ids).toContain('pattern:implication/what/cost');
    expect(ids).toContain('pattern:problem/where/breakdown');
    expect(ids).not.toContain('pattern:situation/what/tools');
    const cost = patterns.find((statement) => statement.id === 'pattern:implication/what/cost')!;
    const costFacts = state.facts.filter((fact) => fact.kind === 'question' && fact.pattern === 'implication/what/cost');
    expect(cost.text).toContain(`in ${costFacts.length} of ${costFacts.length} asks (100%)`);
    expect(ids.indexOf('pattern:implication/what/cost')).toBeLessThan(ids.indexOf('pattern:need_payoff/what/payoff'));
  });

  it('reports an intervention with a real effect as helping and ones without as not', () => {
    const alexTalkShare = state.facts.filter((fact) => fact.kind === 'nudge' && fact.nudgeKind === 'talk-share' && fact.repName === 'Alex');
    for (const nudge of alexTalkShare) if (nudge.kind === 'nudge') expect(nudge.effect!.before - nudge.effect!.after).toBeGreaterThan(0.3);
    const within = latestModel('coaching-themes').sections.find((section) => section.key === 'withinCall')!.statements;
    const verdict = (kind: string) => within.find((statement) => statement.id === `within:${kind}`)?.verdict;
    expect(verdict('talk-share')).toBe('helped');
    expect(verdict('monologue')).toBe('not_helped');
    expect(verdict('implication')).toBe('not_helped');
    const nextStep = within.find((statement) => statement.id === 'within:next-step')!;
    expect(nextStep).toMatchObject({ kind: 'not_enough_data', evidence: [] });
  });

  it('versions the models after each call and keeps the old versions', () => {
    const playbook = state.modelVersions.filter((version) => version.modelId === 'discovery-playbook');
    expect(playbook.map((version) => version.version)).toEqual(playbook.map((_, index) => index + 1));
    expect(playbook.length).toBeGreaterThan(1);
    expect(playbook.at(-1)!.basedOnCalls).toBe(calls.length);
  });

  it('names the one theme each rep works on next', () => {
    const next = Object.fromEntries(nextThemesByRep(state.facts, state.observations).map((entry) => [entry.repName, entry.next?.theme ?? null]));
    expect(next).toEqual({ Alex: 'checklist', Blair: 'implication', Casey: null });
  });

  it('is deterministic: the same calls give identical memory, whatever order facts are stored in', () => {
    expect(JSON.stringify(runSequence(syntheticCalls()).state)).toBe(JSON.stringify(state));
    const random = createSeededRandom(3);
    const shuffled = [...state.facts].sort(() => random() - 0.5);
    expect(consolidate(shuffled)).toEqual(state.observations);
  });
});

function latestModel(modelId: string) {
  return state.modelVersions.filter((version) => version.modelId === modelId).at(-1)!;
}

function supports(fact: MemoryFact, entry: Observation): boolean {
  if (entry.kind === 'question_pattern') return fact.kind === 'question' && fact.pattern === entry.subject && (fact.drew.pain || fact.drew.impact || fact.drew.budget);
  if (fact.kind !== 'behaviour' || fact.theme !== entry.subject) return false;
  if (entry.kind === 'coaching_theme') return fact.polarity === 'gap';
  return fact.polarity === entry.kind && fact.repName === entry.repName;
}
