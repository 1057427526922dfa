import { describe, expect, it } from 'vitest';
import { createCaptureHealthMonitor, UNREADABLE_AFTER_MS, type CaptureEvidence } from './capture-health';

const quiet: CaptureEvidence = {
  now: 0,
  captionsSignal: false,
  primaryContainer: false,
  fallbackAttached: false,
  lastReadAt: null,
  lastGrowthAt: null,
};

describe('capture health', () => {
  it('is off while nothing shows captions, however long: no false alarm', () => {
    const monitor = createCaptureHealthMonitor();
    for (let now = 0; now <= 60_000; now += 1_000) expect(monitor.assess({ ...quiet, now })).toBe('off');
  });

  it('reads while the platform container is there, even through a silence', () => {
    const monitor = createCaptureHealthMonitor();
    expect(monitor.assess({ ...quiet, primaryContainer: true, captionsSignal: true })).toBe('reading');
    expect(monitor.assess({ ...quiet, now: 60_000, primaryContainer: true, captionsSignal: true, lastReadAt: 2_000 })).toBe('reading');
  });

  it('says unreadable when captions are on but the container is not found for a few seconds', () => {
    const monitor = createCaptureHealthMonitor();
    expect(monitor.assess({ ...quiet, now: 1_000, captionsSignal: true })).toBe('reading');
    expect(monitor.assess({ ...quiet, now: 1_000 + UNREADABLE_AFTER_MS - 1, captionsSignal: true })).toBe('reading');
    expect(monitor.assess({ ...quiet, now: 1_000 + UNREADABLE_AFTER_MS, captionsSignal: true })).toBe('unreadable');
  });

  it('says unreadable when captions keep rewriting and nothing is read, and recovers once lines are read', () => {
    const monitor = createCaptureHealthMonitor();
    const growing = { ...quiet, primaryContainer: true, lastReadAt: null };
    expect(monitor.assess({ ...growing, now: 1_000, lastGrowthAt: 1_000 })).toBe('reading');
    expect(monitor.assess({ ...growing, now: 1_000 + UNREADABLE_AFTER_MS, lastGrowthAt: 1_000 + UNREADABLE_AFTER_MS })).toBe('unreadable');
    expect(monitor.assess({ ...growing, now: 9_000, lastGrowthAt: 8_000, lastReadAt: 8_500, fallbackAttached: true })).toBe('fallback');
  });
});
