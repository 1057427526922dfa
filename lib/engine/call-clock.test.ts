import { describe, expect, it } from 'vitest';
import { CallClock } from './call-clock';

describe('call clock', () => {
  it('runs with the captions while they keep coming', () => {
    const clock = new CallClock(120);
    [10, 60, 170].forEach((sec) => clock.noteActivity(sec));
    expect(clock.toCallSec(170)).toBe(170);
    expect(clock.cuts()).toEqual([]);
  });

  it('stops after the sleep gap and resumes where it stopped when captions come back', () => {
    const clock = new CallClock(120);
    clock.noteActivity(100);
    expect(clock.toCallSec(200)).toBe(200);
    expect(clock.toCallSec(2000)).toBe(220);
    clock.noteActivity(2000);
    expect(clock.toCallSec(2000)).toBe(220);
    expect(clock.toCallSec(2010)).toBe(230);
    expect(clock.cuts()).toEqual([{ atSec: 220, silentSec: 1900, cutSec: 1780 }]);
  });

  it('keeps earlier times as they were and maps times inside a blackout onto its edge', () => {
    const clock = new CallClock(120);
    clock.noteActivity(100);
    clock.noteActivity(1000);
    clock.noteActivity(1100);
    clock.noteActivity(5000);
    expect(clock.toCallSec(50)).toBe(50);
    expect(clock.toCallSec(150)).toBe(150);
    expect(clock.toCallSec(500)).toBe(220);
    expect(clock.toCallSec(1050)).toBe(270);
    expect(clock.toCallSec(3000)).toBe(440);
    expect(clock.toCallSec(5000)).toBe(440);
  });

  it('does not cut the wait before the first caption', () => {
    const clock = new CallClock(120);
    expect(clock.toCallSec(400)).toBe(400);
    clock.noteActivity(400);
    expect(clock.toCallSec(400)).toBe(400);
    expect(clock.cuts()).toEqual([]);
  });

  it('never runs backwards', () => {
    const clock = new CallClock(120);
    let last = -1;
    for (const sec of [5, 50, 400, 401, 2000, 2005, 2500]) {
      clock.noteActivity(sec);
      for (const probe of [sec - 1, sec, sec + 30, sec + 500]) expect(clock.toCallSec(Math.max(probe, last))).toBeGreaterThanOrEqual(clock.toCallSec(Math.max(last, 0)));
      last = sec;
    }
  });
});
