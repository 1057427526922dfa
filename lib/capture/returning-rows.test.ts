import { describe, expect, it } from 'vitest';
import { textsCorrespond } from './caption-text';
import { alignReturningRows, type ReturnCandidate, type ShownRow } from './returning-rows';

const rowShows = (candidate: ReturnCandidate, row: ShownRow) =>
  candidate.speaker === row.speaker && textsCorrespond(candidate.text, row.text);

const known: ReturnCandidate[] = [
  { id: 'u1', speaker: 'Dana', text: 'Yes.' },
  { id: 'u2', speaker: 'You', text: 'How many people work on dispatch?' },
  { id: 'u3', speaker: 'Dana', text: 'About twelve.' },
  { id: 'u4', speaker: 'Dana', text: 'Yes.' },
  { id: 'u5', speaker: 'You', text: 'And who decides on tools?' },
];

describe('aligning rows that came back', () => {
  it('matches re-rendered history to the newest occurrences', () => {
    const rows = [
      { speaker: 'Dana', text: 'Yes.' },
      { speaker: 'You', text: 'And who decides on tools?' },
    ];
    expect(alignReturningRows(rows, known, rowShows)).toEqual(['u4', 'u5']);
  });

  it('keeps a run in order, so a repeated short line maps to its own occurrence', () => {
    const rows = [
      { speaker: 'Dana', text: 'Yes.' },
      { speaker: 'You', text: 'How many people work on dispatch' },
      { speaker: 'Dana', text: 'About twelve.' },
      { speaker: 'Dana', text: 'Yes.' },
    ];
    expect(alignReturningRows(rows, known, rowShows)).toEqual(['u1', 'u2', 'u3', 'u4']);
  });

  it('leaves new speech after the history unmatched, even when it repeats an old line', () => {
    const rows = [
      { speaker: 'You', text: 'And who decides on tools? The CFO?' },
      { speaker: 'Dana', text: 'Yes.' },
    ];
    expect(alignReturningRows(rows, known, rowShows)).toEqual(['u5', null]);
  });

  it('matches nothing when nothing is known', () => {
    expect(alignReturningRows([{ speaker: 'Dana', text: 'Yes.' }], [], rowShows)).toEqual([null]);
    expect(alignReturningRows([], known, rowShows)).toEqual([]);
  });
});
