import { describe, expect, it } from 'vitest';
import { clockPhase, planCall } from './call-plan';
import { METHODOLOGY } from './methodology';

const thresholds = METHODOLOGY.thresholds;

describe('call plan', () => {
  it('places the 30-minute reference call as the methodology describes it', () => {
    const plan = planCall(1800, thresholds);
    const expected = {
      durationSec: 1800,
      openingEndSec: 120,
      pitchStartSec: 1200,
      nextStepsStartSec: 1560,
      earlyPitchBeforeSec: 900,
      upfrontContractBySec: 150,
      implicationBySec: 900,
      checklistCheckSec: 990,
      nextStepCheckSec: 1620,
      nextStepSearchFromSec: 900,
    };
    for (const [field, value] of Object.entries(expected)) expect(plan[field as keyof typeof plan], field).toBeCloseTo(value, 6);
  });

  it('scales a longer call, keeping the opening and next steps within bounds', () => {
    const plan = planCall(3600, thresholds);
    expect(plan.openingEndSec).toBe(240);
    expect(plan.pitchStartSec).toBe(2400);
    expect(plan.nextStepsStartSec).toBe(3600 - 480);
    expect(plan.earlyPitchBeforeSec).toBe(900);
  });

  it('gives a shorter call the reference opening to set the upfront contract', () => {
    // A 16-minute call: its opening phase ends after about a minute, but a contract set at two minutes still counts.
    const plan = planCall(16 * 60, thresholds);
    expect(plan.openingEndSec).toBeLessThan(70);
    expect(plan.upfrontContractBySec).toBe(150);
    expect(planCall(3600, thresholds).upfrontContractBySec).toBe(270);
  });

  it('keeps a very short call’s phases in order', () => {
    const plan = planCall(300, thresholds);
    expect(plan.openingEndSec).toBeLessThanOrEqual(plan.pitchStartSec);
    expect(plan.pitchStartSec).toBeLessThanOrEqual(plan.nextStepsStartSec);
    expect(plan.earlyPitchBeforeSec).toBeLessThanOrEqual(plan.pitchStartSec);
  });

  it('names the phase the clock is in', () => {
    const plan = planCall(1800, thresholds);
    expect([0, 119, 120, 1199, 1200, 1559, 1560, 1800].map((sec) => clockPhase(plan, sec))).toEqual([
      'opening', 'opening', 'discovery', 'discovery', 'pitch', 'pitch', 'next_steps', 'next_steps',
    ]);
  });
});
