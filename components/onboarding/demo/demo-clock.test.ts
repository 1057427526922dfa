import { describe, expect, it } from 'vitest';
import { createDemoClock } from './demo-clock';

function clockAt(speed: number) {
  let real = 1_000;
  const clock = createDemoClock({ startAt: 50_000, speed, realNow: () => real });
  return { clock, advance: (ms: number) => (real += ms) };
}

describe('demo clock', () => {
  it('runs call time `speed` times faster than the wall clock', () => {
    const { clock, advance } = clockAt(20);
    advance(500);
    expect(clock.now()).toBe(60_000);
    expect(clock.realDelayUntil(70_000)).toBe(500);
    expect(clock.realDelayUntil(40_000)).toBe(0);
  });

  it('stands still while paused and goes on from there', () => {
    const { clock, advance } = clockAt(10);
    advance(100);
    clock.pause();
    advance(5_000);
    expect(clock.now()).toBe(51_000);
    expect(clock.realDelayUntil(52_000)).toBe(Number.POSITIVE_INFINITY);
    clock.resume();
    advance(100);
    expect(clock.now()).toBe(52_000);
  });

  it('keeps the time played so far when the speed changes', () => {
    const { clock, advance } = clockAt(10);
    advance(100);
    clock.setSpeed(40);
    advance(100);
    expect(clock.now()).toBe(50_000 + 1_000 + 4_000);
    expect(clock.speed).toBe(40);
    expect(() => clock.setSpeed(0)).toThrow(/positive/);
  });
});
