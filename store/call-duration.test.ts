// The duration a call is listed with (popup, options) leaves out what the engine's clock leaves out: a laptop that
// slept an hour mid-call ends an hour later by the wall clock, but the call did not last an hour longer.
import { describe, expect, it } from 'vitest';
import type { CallAnalysis } from '../lib/engine/analysis-types';
import { METHODOLOGY } from '../lib/engine/methodology';
import { toCallListItem } from './call-queries';
import type { CallRecord } from './records';

const startedAt = 1_800_000_000_000;
const call = (endedAfterSec: number, status: CallRecord['status'] = 'ended'): CallRecord => ({
  callId: 'c1',
  platform: 'meet',
  title: 'Acme',
  repName: 'Alex',
  startedAt,
  status,
  endedAt: status === 'live' ? null : startedAt + endedAfterSec * 1000,
  endReason: status === 'live' ? null : 'left',
  lastActivityAt: startedAt + endedAfterSec * 1000,
  liveAnalysis: null,
  utteranceCount: 10,
});
const analysisLasting = (durationSec: number) => ({ durationSec, repTalkSec: 100, buyerTalkSec: 100, repTalkShare: 0.5 }) as CallAnalysis;
const sleepGapSec = METHODOLOGY.thresholds.sleepGapSec;

describe('listed call duration', () => {
  it('is the wall-clock time from start to end for an ordinary call, silence after the last caption included', () => {
    expect(toCallListItem(call(1_830), analysisLasting(1_800)).durationSec).toBe(1_830);
    expect(toCallListItem(call(60)).durationSec).toBe(60);
  });

  it('leaves out a blackout the engine cut: an hour asleep mid-call adds at most the sleep allowance', () => {
    const listed = toCallListItem(call(1_800 + 3_600), analysisLasting(1_800 + sleepGapSec)).durationSec!;
    expect(listed).toBeLessThanOrEqual(1_800 + 2 * sleepGapSec);
    expect(listed).toBeGreaterThanOrEqual(1_800 + sleepGapSec);
  });

  it('is never shorter than what the engine measured, and is unknown while the call is live', () => {
    expect(toCallListItem(call(10), analysisLasting(300)).durationSec).toBe(300);
    expect(toCallListItem(call(10, 'live'), analysisLasting(300)).durationSec).toBeNull();
  });
});
