import { describe, expect, it } from 'vitest';
import type { CallScript } from './call-script';
import { compileCaptionTimeline, type CaptionStep } from './caption-timeline';

const script: CallScript = {
  id: 'timeline-test',
  title: 'Timeline test',
  repName: 'Jordan Ellis',
  buyers: [{ name: 'Priya Shah' }],
  lines: [
    { atSec: 1, speaker: 'rep', text: 'How are your dispatchers assigning jobs to technicians right now?' },
    { atSec: 6, speaker: 'Priya Shah', text: 'Mostly a shared spreadsheet and a whiteboard, honestly.' },
    { atSec: 10, speaker: 'rep', text: 'Got it.', durationSec: 2 },
    { atSec: 13, speaker: 'Priya Shah', text: '👍' },
  ],
};

const stepsOf = (steps: readonly CaptionStep[], lineIndex: number) => steps.filter((step) => step.lineIndex === lineIndex);

describe('caption timeline', () => {
  it('ends every line on exactly its script text', () => {
    for (const seed of [1, 2, 3]) {
      const { steps } = compileCaptionTimeline(script, { seed, correctionRate: 0.5 });
      script.lines.forEach((line, i) => expect(stepsOf(steps, i).at(-1)?.text).toBe(line.text));
    }
  });

  it('grows a line word by word about every 300 ms while it is spoken', () => {
    const { steps, lines } = compileCaptionTimeline(script, { correctionRate: 0 });
    const growth = stepsOf(steps, 0);
    expect(growth.length).toBeGreaterThan(5);
    growth.forEach((step, i) => {
      const previous = growth[i - 1];
      if (!previous) return;
      expect(step.text.startsWith(previous.text)).toBe(true);
      expect(step.text.length).toBeGreaterThan(previous.text.length);
      expect(step.atMs - previous.atMs).toBeLessThanOrEqual(600);
    });
    expect(growth[0]?.atMs).toBe(1_000);
    expect(lines[0]?.spokenMs).toBe(growth.at(-1)?.atMs);
  });

  it('takes a line duration from the script when given', () => {
    const { lines } = compileCaptionTimeline(script);
    expect(lines[2]?.spokenMs).toBe(12_000);
  });

  it('first shows a misheard word, then corrects the older line while the next one is spoken', () => {
    const { steps, lines } = compileCaptionTimeline(script, { correctionRate: 1, correctionDelayMs: 1_200 });
    const correction = steps.find((step) => step.kind === 'correct' && step.lineIndex === 0);
    expect(correction?.text).toBe(script.lines[0]?.text);
    const lastGrowth = stepsOf(steps, 0).filter((step) => step.kind === 'grow').at(-1);
    expect(lastGrowth?.text).not.toBe(script.lines[0]?.text);
    expect(lastGrowth?.text.split(' ')).toHaveLength(script.lines[0]!.text.split(' ').length);
    expect(correction!.atMs).toBeGreaterThan(lines[1]!.startMs);
    expect(lines[0]?.settledMs).toBe(correction?.atMs);
    expect(steps.some((step) => step.kind === 'correct' && step.lineIndex === 3)).toBe(false);
  });

  it('is deterministic for a seed and varies with it', () => {
    const many: CallScript = { ...script, lines: Array.from({ length: 40 }, (_, i) => ({ ...script.lines[0]!, atSec: i * 6 })) };
    const corrected = (seed: number) =>
      compileCaptionTimeline(many, { seed })
        .steps.filter((step) => step.kind === 'correct')
        .map((step) => step.lineIndex);
    expect(corrected(7)).toEqual(corrected(7));
    expect(corrected(7)).not.toEqual(corrected(8));
    expect(corrected(7).length).toBeGreaterThan(0);
  });

  it('orders steps by time and knows when the last caption settles', () => {
    const { steps, durationMs } = compileCaptionTimeline(script, { correctionRate: 1 });
    steps.forEach((step, i) => expect(step.atMs).toBeGreaterThanOrEqual(steps[i - 1]?.atMs ?? 0));
    expect(durationMs).toBe(Math.max(...steps.map((step) => step.atMs)));
  });
});
