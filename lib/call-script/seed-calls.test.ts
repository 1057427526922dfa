// The bundled call scripts (seeds/calls) are what the demo, the e2e smoke runs and the benches play: they must
// parse, carry a label on every line, and contain the moments the demo is meant to show.
import { describe, expect, it } from 'vitest';
import demoJson from '../../seeds/calls/demo-discovery.json';
import smokeJson from '../../seeds/calls/short-smoke.json';
import { OBJECTION_CATEGORIES, REP_ACTS } from '../types';
import { parseCallScript, REP_SPEAKER, type CallScript } from './call-script';

const demo = parseCallScript(demoJson);
const smoke = parseCallScript(smokeJson);

const isRep = (line: CallScript['lines'][number]) => line.speaker === REP_SPEAKER;
const linesWith = (script: CallScript, expect: string, fromSec = 0, toSec = Infinity) =>
  script.lines.filter((line) => line.expect === expect && line.atSec >= fromSec && line.atSec < toSec);

function expectLabelledLines(script: CallScript): void {
  for (const line of script.lines) {
    const allowed: readonly string[] = isRep(line) ? REP_ACTS : OBJECTION_CATEGORIES;
    expect(allowed, line.text).toContain(line.expect);
  }
  const speakers = new Set(script.lines.map((line) => line.speaker));
  expect([...speakers].sort()).toEqual([REP_SPEAKER, ...script.buyers.map((buyer) => buyer.name)].sort());
}

describe('demo discovery call', () => {
  it('is a 25 to 30 minute call of 150 to 250 labelled lines', () => {
    const lastSec = demo.lines.at(-1)!.atSec;
    expect(lastSec).toBeGreaterThanOrEqual(25 * 60);
    expect(lastSec).toBeLessThanOrEqual(30 * 60);
    expect(demo.lines.length).toBeGreaterThanOrEqual(150);
    expect(demo.lines.length).toBeLessThanOrEqual(250);
    expectLabelledLines(demo);
  });

  it('pitches too early in the first 3 minutes and for real around minute 20', () => {
    expect(linesWith(demo, 'pitch', 0, 180)).toHaveLength(1);
    expect(linesWith(demo, 'pitch', 180, 18 * 60)).toHaveLength(0);
    expect(linesWith(demo, 'pitch', 18 * 60, 22 * 60).length).toBeGreaterThanOrEqual(3);
  });

  it('walks through situation, problem, implication and need-payoff questions in that order', () => {
    const firstAt = (act: string) => linesWith(demo, act)[0]!.atSec;
    expect(firstAt('situation')).toBeLessThan(firstAt('problem'));
    expect(firstAt('problem')).toBeLessThan(firstAt('implication'));
    expect(firstAt('implication')).toBeLessThan(firstAt('need_payoff'));
  });

  it('has a budget and a competition objection, and ends on a dated next step', () => {
    expect(linesWith(demo, 'budget').length).toBeGreaterThan(0);
    expect(linesWith(demo, 'competition').length).toBeGreaterThan(0);
    const closing = demo.lines.slice(-15).map((line) => line.text).join(' ');
    expect(closing).toMatch(/Thursday.*two o'clock/);
  });

  it('opens with an upfront contract: time, agenda, what happens at the end, and agreement', () => {
    const opening = demo.lines.filter((line) => line.atSec < 120 && isRep(line)).map((line) => line.text).join(' ');
    expect(opening).toMatch(/thirty minutes/);
    expect(opening).toMatch(/at the end/);
    expect(opening).toMatch(/Does that sound like a good use of our time\?/);
  });
});

describe('short smoke call', () => {
  it('is about three minutes of 20 to 30 labelled lines', () => {
    expect(smoke.lines.length).toBeGreaterThanOrEqual(20);
    expect(smoke.lines.length).toBeLessThanOrEqual(30);
    expect(smoke.lines.at(-1)!.atSec).toBeGreaterThan(150);
    expect(smoke.lines.at(-1)!.atSec).toBeLessThan(210);
    expectLabelledLines(smoke);
  });

  it('has an early pitch, a budget objection, and lines that uncover problem, impact and stakeholders', () => {
    expect(linesWith(smoke, 'pitch', 0, 120).length).toBeGreaterThan(0);
    expect(linesWith(smoke, 'budget', 0, 120).length).toBeGreaterThan(0);
    expect(linesWith(smoke, 'problem').length).toBeGreaterThan(0);
    expect(linesWith(smoke, 'implication').length).toBeGreaterThan(0);
    const buyerText = smoke.lines.filter((line) => !isRep(line)).map((line) => line.text).join(' ');
    expect(buyerText).toMatch(/dollars/);
    expect(buyerText).toMatch(/finance director/);
  });
});
