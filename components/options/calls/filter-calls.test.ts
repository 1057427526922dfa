import { describe, expect, it } from 'vitest';
import { sampleCallListItem } from '../../test-fixtures/sample-call';
import { filterCalls, NO_CALL_FILTER } from './filter-calls';

const calls = [
  sampleCallListItem({ callId: 'a', title: 'Acme discovery', platform: 'meet', startedAt: new Date(2026, 2, 3, 9).getTime() }),
  sampleCallListItem({ callId: 'b', title: 'Globex intro', platform: 'zoom', repName: 'Jo Park', startedAt: new Date(2026, 2, 5, 23, 30).getTime() }),
  sampleCallListItem({ callId: 'c', title: 'Acme follow-up', platform: 'teams', startedAt: new Date(2026, 2, 9, 10).getTime() }),
];
const ids = (filter: Partial<typeof NO_CALL_FILTER>) => filterCalls(calls, { ...NO_CALL_FILTER, ...filter }).map((call) => call.callId);

describe('filterCalls', () => {
  it('keeps everything without a filter', () => {
    expect(ids({})).toEqual(['a', 'b', 'c']);
  });

  it('searches name, title and rep name, every word, any case', () => {
    expect(ids({ text: 'acme' })).toEqual(['a', 'c']);
    expect(ids({ text: 'ACME follow' })).toEqual(['c']);
    expect(ids({ text: 'jo' })).toEqual(['b']);
  });

  it('filters by platform', () => {
    expect(ids({ platform: 'zoom' })).toEqual(['b']);
  });

  it('filters by an inclusive local date range', () => {
    expect(ids({ from: '2026-03-05', to: '2026-03-05' })).toEqual(['b']);
    expect(ids({ from: '2026-03-04' })).toEqual(['b', 'c']);
    expect(ids({ to: '2026-03-04' })).toEqual(['a']);
    expect(ids({ from: 'not a date' })).toEqual(['a', 'b', 'c']);
  });
});
