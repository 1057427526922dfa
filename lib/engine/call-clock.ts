// The call's clock with caption blackouts cut out. When no caption arrives for longer than `sleepGapSec`
// (the laptop slept, captions were switched off) the clock stops after that much silence and resumes with the
// next caption, so the blackout neither counts as talk nor pushes the call into later phases, sustains a
// talk-share streak, or stretches its duration. Times before a blackout are unchanged, and so is the wait
// before the first caption: only silences between captions are blackouts.

export interface ClockCut {
  /** Call time at which the clock stopped. */
  atSec: number;
  /** Raw seconds the blackout lasted, and how many of them were cut from the call clock. */
  silentSec: number;
  cutSec: number;
}

interface Blackout {
  fromRawSec: number;
  toRawSec: number;
  cutBeforeSec: number;
  cutSec: number;
}

export class CallClock {
  private lastActivityRawSec: number | null = null;
  private totalCutSec = 0;
  private readonly blackouts: Blackout[] = [];

  constructor(private readonly sleepGapSec: number) {}

  /** A caption appeared or changed at raw second `rawSec` (seconds from the call start, page clock). */
  noteActivity(rawSec: number): void {
    if (this.lastActivityRawSec === null) {
      this.lastActivityRawSec = rawSec;
      return;
    }
    if (!(rawSec > this.lastActivityRawSec)) return;
    const silentSec = rawSec - this.lastActivityRawSec;
    if (silentSec > this.sleepGapSec) {
      const cutSec = silentSec - this.sleepGapSec;
      this.blackouts.push({ fromRawSec: this.lastActivityRawSec, toRawSec: rawSec, cutBeforeSec: this.totalCutSec, cutSec });
      this.totalCutSec += cutSec;
    }
    this.lastActivityRawSec = rawSec;
  }

  /** Raw seconds to call-clock seconds. Non-decreasing in `rawSec`; stops `sleepGapSec` after the latest caption. */
  toCallSec(rawSec: number): number {
    if (this.lastActivityRawSec === null) return rawSec;
    if (rawSec >= this.lastActivityRawSec) {
      return Math.min(rawSec, this.lastActivityRawSec + this.sleepGapSec) - this.totalCutSec;
    }
    for (let index = this.blackouts.length - 1; index >= 0; index--) {
      const blackout = this.blackouts[index];
      if (rawSec <= blackout.fromRawSec) continue;
      if (rawSec >= blackout.toRawSec) return rawSec - blackout.cutBeforeSec - blackout.cutSec;
      return Math.min(rawSec, blackout.fromRawSec + this.sleepGapSec) - blackout.cutBeforeSec;
    }
    return rawSec;
  }

  cuts(): ClockCut[] {
    return this.blackouts.map((blackout) => ({
      atSec: blackout.fromRawSec + this.sleepGapSec - blackout.cutBeforeSec,
      silentSec: blackout.toRawSec - blackout.fromRawSec,
      cutSec: blackout.cutSec,
    }));
  }
}
