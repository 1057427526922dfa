import { describe, expect, it } from 'vitest';
import type { ObjectionPrediction } from '../classifier';
import type { ContextLine, LineContext } from '../classifier/context-features';
import type { ObjectionCategory } from '../types';
import { labelLine, type LineClassifier } from './labeling';

const BARS = { minConfidence: 0.7, turnMinConfidence: 0.8 };

/** A double that reads each buyer text as `readings` says (`none` otherwise) and lists the texts it read. */
function doubleReader(readings: Record<string, [ObjectionCategory, number]>) {
  const read: string[] = [];
  const prediction = (text: string): ObjectionPrediction => {
    read.push(text);
    const [objection, confidence] = readings[text] ?? ['none', 0.9];
    return { objection, confidence, scores: { budget: 0, timing: 0, competition: 0, none: 0, [objection]: confidence } };
  };
  const repLine = () => ({ act: 'other', confidence: 1, scores: { situation: 0, problem: 0, implication: 0, need_payoff: 0, pitch: 0, other: 1 } }) as const;
  const classifier: LineClassifier = {
    classifyRep: repLine,
    classifyBuyer: prediction,
    classifyRepInContext: repLine,
    classifyBuyerInContext: (text) => prediction(text),
  };
  return { classifier, read };
}

const row = (speaker: string, text: string, role: ContextLine['role'] = 'buyer'): ContextLine => ({ role, speaker, text, startSec: 100 });
const contextAfter = (...previous: ContextLine[]): LineContext => ({ speaker: 'Dana', startSec: 104, lineIndex: 9, previous, pitchedBefore: true });

describe('reading a buyer row with the turn it goes on from', () => {
  const first = 'but the overall number i would still';
  const second = 'need to get under eighteen for year one';

  it('labels a row that is no objection alone with its turn when the two rows read as one', () => {
    const { classifier } = doubleReader({ [`${first} ${second}`]: ['budget', 0.85] });
    const label = labelLine(classifier, 'buyer', second, contextAfter(row('Dana', first)), BARS);
    expect(label).toMatchObject({ role: 'buyer', objection: 'budget', confidence: 0.85 });
  });

  it('keeps the row when the turn reads as an objection only under the turn bar', () => {
    const { classifier } = doubleReader({ [`${first} ${second}`]: ['budget', 0.75] });
    expect(labelLine(classifier, 'buyer', second, contextAfter(row('Dana', first)), BARS)).toMatchObject({ objection: 'none' });
  });

  it('never joins rows of different speakers, nor a rep row', () => {
    const { classifier, read } = doubleReader({ [`${first} ${second}`]: ['budget', 0.95] });
    expect(labelLine(classifier, 'buyer', second, contextAfter(row('Raj', first)), BARS)).toMatchObject({ objection: 'none' });
    expect(labelLine(classifier, 'buyer', second, contextAfter(row('Dana', first, 'rep')), BARS)).toMatchObject({ objection: 'none' });
    expect(read).toEqual([second, second]);
  });

  it('keeps a row that is an objection on its own, without reading the turn', () => {
    const { classifier, read } = doubleReader({ [second]: ['timing', 0.7], [`${first} ${second}`]: ['budget', 0.95] });
    expect(labelLine(classifier, 'buyer', second, contextAfter(row('Dana', first)), BARS)).toMatchObject({ objection: 'timing', confidence: 0.7 });
    expect(read).toEqual([second]);
  });

  it('keeps the end of a long earlier row, so the row being read stays in the turn’s reading', () => {
    const long = `${'we have been going back and forth on this for a while now and '.repeat(8)}${first}`;
    const kept = long.split(' ').slice(-40).join(' ');
    const { classifier, read } = doubleReader({ [`${kept} ${second}`]: ['budget', 0.85] });
    expect(labelLine(classifier, 'buyer', second, contextAfter(row('Dana', long)), BARS)).toMatchObject({ objection: 'budget' });
    expect(read.at(-1)!.endsWith(`${first} ${second}`)).toBe(true);
  });

  it('reads the row alone without the bars (callers that give no settings)', () => {
    const { classifier } = doubleReader({ [`${first} ${second}`]: ['budget', 0.95] });
    expect(labelLine(classifier, 'buyer', second, contextAfter(row('Dana', first)))).toMatchObject({ objection: 'none' });
  });
});
