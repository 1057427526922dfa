import { describe, expect, it } from 'vitest';
import type { LabeledUtterance } from '../../../lib/types';
import { actMarkers, nudgeMarkers, talkShareOverTime } from './call-timeline';
import { sampleNudge } from '../../test-fixtures/sample-call';

function rep(id: string, startSec: number, endSec: number, act: 'situation' | 'pitch' | 'other' = 'other'): LabeledUtterance {
  return { id, speaker: 'Sam', role: 'rep', text: `rep ${id}`, startSec, endSec, label: { role: 'rep', act, confidence: 0.9, tier: 'fast' } };
}
function buyer(id: string, startSec: number, endSec: number): LabeledUtterance {
  return { id, speaker: 'Dana', role: 'buyer', text: `buyer ${id}`, startSec, endSec, label: { role: 'buyer', objection: 'none', confidence: 0.9, tier: 'fast' } };
}

describe('call timeline series', () => {
  it('computes cumulative rep share at each step, splitting lines that straddle a step', () => {
    const points = talkShareOverTime([rep('a', 0, 20), buyer('b', 20, 80)], 30);
    expect(points).toEqual([
      { atSec: 30, repSharePercent: 66.7 },
      { atSec: 60, repSharePercent: 33.3 },
      { atSec: 80, repSharePercent: 25 },
    ]);
  });

  it('samples a short call closely enough to draw a line, and a long one every 30 s', () => {
    const shortCall = talkShareOverTime([rep('a', 0, 10), buyer('b', 10, 22)]);
    expect(shortCall.length).toBeGreaterThanOrEqual(20);
    expect(shortCall.at(-1)).toEqual({ atSec: 22, repSharePercent: 45.5 });
    const hourCall = talkShareOverTime([rep('a', 0, 1800), buyer('b', 1800, 3600)]);
    expect(hourCall[1].atSec - hourCall[0].atSec).toBe(30);
    expect(hourCall).toHaveLength(120);
  });

  it('has no share before anyone spoke and nothing for an empty call', () => {
    expect(talkShareOverTime([], 30)).toEqual([]);
    expect(talkShareOverTime([buyer('b', 40, 50)], 30)[0]).toEqual({ atSec: 30, repSharePercent: null });
  });

  it('marks SPIN questions and pitches, not small talk or buyer lines', () => {
    const markers = actMarkers([rep('a', 5, 8, 'other'), rep('b', 10, 14, 'situation'), buyer('c', 14, 20), rep('d', 30, 40, 'pitch')]);
    expect(markers.map((marker) => [marker.atSec, marker.act])).toEqual([
      [10, 'situation'],
      [30, 'pitch'],
    ]);
  });

  it('orders nudges by time', () => {
    const markers = nudgeMarkers([sampleNudge({ atSec: 90, kind: 'monologue' }), sampleNudge({ atSec: 30, kind: 'early-pitch' })]);
    expect(markers.map((marker) => marker.kind)).toEqual(['early-pitch', 'monologue']);
  });
});
