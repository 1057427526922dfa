import { describe, expect, it } from 'vitest';
import { METHODOLOGY } from '../engine/methodology';
import { readOpeningFile, readTypeOfOpening, scoreCallTypeReading } from './opening-file';

const opening = (id: string, callType: string, lines: string[][]) => ({ id, callType, style: 'written', rep: 'Sam', lines });

const followUp = opening('o1-follow-up', 'follow-up', [
  ['Sam', 'Hi Dana, good to see you again.'],
  ['Dana', 'You too. Priya is joining in a minute.'],
  ['Sam', 'Great. Last time we talked you walked me through the dispatch board, so today I want to show you how we handle that.'],
  ['Dana', 'Sounds good.'],
]);
const pricingWithoutCue = opening('o2-pricing', 'pricing', [
  ['Sam', 'Morning Dana, how was the long weekend?'],
  ['Dana', 'Too short. Okay, I have about twenty minutes.'],
  ['Sam', 'That works for me.'],
  ['Dana', 'Great, go ahead.'],
]);

describe('call openings', () => {
  it('time an opening as the whole-call corpus does and read its type line by line', () => {
    const read = readOpeningFile(followUp);
    expect(read.lines[0].startSec).toBe(0);
    expect(read.lines[1].startSec).toBeGreaterThan(read.lines[0].startSec);
    expect(readTypeOfOpening(METHODOLOGY.callTypes, read)).toBe('follow-up');
  });

  it('count an opening with no cue, read as discovery, as another type read as discovery', () => {
    const score = scoreCallTypeReading(METHODOLOGY.callTypes, [readOpeningFile(followUp), readOpeningFile(pricingWithoutCue)]);
    expect(score).toMatchObject({ openings: 2, right: 1, readAsDiscoveryWrongly: 1 });
    expect(score.byType.pricing).toEqual({ openings: 1, right: 0 });
    expect(score.byType['follow-up']).toEqual({ openings: 1, right: 1 });
    expect(score.misread).toEqual([{ id: 'o2-pricing', found: 'discovery' }]);
  });

  it('name the first problem of a broken opening file', () => {
    expect(() => readOpeningFile({ ...followUp, callType: 'demo' })).toThrow(/callType/);
    expect(() => readOpeningFile({ ...followUp, rep: 'Alex' })).toThrow(/"Alex" says no line/);
    expect(() => readOpeningFile({ ...followUp, lines: [['Sam', 'Hi']] })).toThrow(/lines/);
  });
});
