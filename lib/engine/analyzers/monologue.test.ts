import { describe, expect, it } from 'vitest';
import { analyzerHarness, buyer, labeled, rep } from '../scripted-call';
import { createMonologueAnalyzer } from './monologue';

describe('longest rep monologue', () => {
  it('spans the rep’s consecutive lines', () => {
    const { analyzer, put, at } = analyzerHarness(createMonologueAnalyzer);
    put(rep(10, 'First part.', 'pitch', 30), rep(41, 'Second part.', 'pitch', 30), rep(72, 'Third part.', 'pitch', 30));
    expect(analyzer.result(at(102))).toEqual({ longestRepMonologueSec: 92, longestRepMonologueAtSec: 10 });
  });

  it('is not broken by short buyer back-channels', () => {
    const { analyzer, put, at } = analyzerHarness(createMonologueAnalyzer);
    put(rep(0, 'Our platform does a lot.', 'pitch', 40), buyer(40.5, 'mm-hmm', 'none', 0.8), rep(41, 'And more.', 'pitch', 40));
    put(buyer(81.5, 'yeah', 'none', 1.2), rep(82, 'And then some.', 'pitch', 38));
    expect(analyzer.result(at(120)).longestRepMonologueSec).toBe(120);
  });

  it('treats a one-word line as a back-channel even when the caption stayed up longer', () => {
    const { analyzer, put, at } = analyzerHarness(createMonologueAnalyzer);
    put(rep(0, 'Part one.', 'pitch', 40), buyer(40, 'yeah', 'none', 3), rep(43, 'Part two.', 'pitch', 40));
    expect(analyzer.result(at(90)).longestRepMonologueSec).toBe(83);
  });

  it('is broken by a real buyer turn', () => {
    const { analyzer, put, at } = analyzerHarness(createMonologueAnalyzer);
    put(rep(0, 'Part one.', 'pitch', 50));
    put(buyer(50, 'Hold on, how does that work with our legacy billing system?', 'none', 5));
    put(rep(55, 'Part two.', 'pitch', 40));
    expect(analyzer.result(at(100))).toEqual({ longestRepMonologueSec: 50, longestRepMonologueAtSec: 0 });
  });

  it('is broken by a long silence', () => {
    const { analyzer, put, at } = analyzerHarness(createMonologueAnalyzer);
    put(rep(0, 'Part one.', 'pitch', 30), rep(60, 'Part two.', 'pitch', 20));
    expect(analyzer.result(at(80)).longestRepMonologueSec).toBe(30);
  });

  it('follows an earlier line inserted later', () => {
    const { analyzer, put, at } = analyzerHarness(createMonologueAnalyzer);
    put(rep(0, 'Part one.', 'pitch', 50), rep(50, 'Part two.', 'pitch', 50));
    expect(analyzer.result(at(100)).longestRepMonologueSec).toBe(100);
    put(buyer(49, 'Wait, what does that cost us per seat?', 'budget', 3));
    expect(analyzer.result(at(100)).longestRepMonologueSec).toBe(50);
  });

  it('proposes a nudge for a long monologue that is still going', () => {
    const { analyzer, put, at } = analyzerHarness(createMonologueAnalyzer);
    const first = rep(200, 'Let me walk you through everything.', 'pitch', 60);
    put(first, rep(260, 'And another thing.', 'pitch', 35));
    const [candidate] = analyzer.candidates(at(295));
    expect(candidate).toMatchObject({ kind: 'monologue', key: `monologue:${first.id}`, facts: { seconds: 95 } });
    expect(candidate.evidence).toEqual([expect.objectContaining({ utteranceId: first.id, atSec: 200 })]);
    put(buyer(296, 'Can I ask something about the rollout plan here?', 'none', 4));
    expect(analyzer.candidates(at(300))).toEqual([]);
  });

  it('does not nudge for a monologue that already ended in silence', () => {
    const { analyzer, put, at } = analyzerHarness(createMonologueAnalyzer);
    put(rep(0, 'Long talk.', 'pitch', 100));
    expect(analyzer.candidates(at(100))).toHaveLength(1);
    expect(analyzer.candidates(at(150))).toEqual([]);
  });

  it('shrinks when a revision shortens a line', () => {
    const { analyzer, put, at } = analyzerHarness(createMonologueAnalyzer);
    const line = rep(0, 'Long talk.', 'pitch', 100);
    put(line);
    put({ ...labeled(line), endSec: 20 });
    expect(analyzer.result(at(100)).longestRepMonologueSec).toBe(20);
  });
});
