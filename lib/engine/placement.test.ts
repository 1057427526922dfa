import { describe, expect, it } from 'vitest';
import type { UtteranceRevision } from '../types';
import { METHODOLOGY } from './methodology';
import { normalizedRepNames, placeRevision, roleOf } from './placement';

const speech = METHODOLOGY.thresholds.speech;
const START = Date.UTC(2026, 2, 3, 14, 0);
const revision = (overrides: Partial<UtteranceRevision> = {}): UtteranceRevision => ({
  id: 'c1',
  speaker: 'Dana Lee',
  self: false,
  text: 'We handle routing by hand today',
  startedAt: START + 60_000,
  updatedAt: START + 63_000,
  final: false,
  ...overrides,
});

describe('placement', () => {
  it('makes the local user and the named reps the rep, everyone else the buyer', () => {
    const reps = normalizedRepNames([' Sam Rivera ', '']);
    expect(roleOf({ self: true, speaker: 'You' }, reps)).toBe('rep');
    expect(roleOf({ self: false, speaker: 'sam rivera' }, reps)).toBe('rep');
    expect(roleOf({ self: false, speaker: 'Dana Lee' }, reps)).toBe('buyer');
  });

  it('places a caption in seconds from the call start', () => {
    const utterance = placeRevision(revision(), START, new Set(), speech);
    expect(utterance).toMatchObject({ id: 'c1', speaker: 'Dana Lee', role: 'buyer', startSec: 60 });
    expect(utterance.endSec).toBeCloseTo(63);
  });

  it('gives a line at least the time its words take, and at most a plausible time for them', () => {
    const instant = placeRevision(revision({ updatedAt: START + 60_000 }), START, new Set(), speech);
    expect(instant.endSec - instant.startSec).toBeCloseTo(6 / speech.wordsPerSecond);
    const slept = placeRevision(revision({ updatedAt: START + 60_000 + 3_600_000 }), START, new Set(), speech);
    expect(slept.endSec - slept.startSec).toBeCloseTo(6 / speech.slowestWordsPerSecond + speech.spanSlackSec);
  });

  it('never places a caption before the call started', () => {
    expect(placeRevision(revision({ startedAt: START - 5000, updatedAt: START }), START, new Set(), speech).startSec).toBe(0);
  });
});
