// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { latestRevisions, recordingSink } from '../../capture/testing/adapter-harness';
import { teamsCallControls, teamsCaptionList, teamsRow } from './test-support';
import { teamsAdapter } from './adapter';

let stop: AbortController;
const flush = () => vi.advanceTimersByTimeAsync(1);
const lines = (sink: ReturnType<typeof recordingSink>) =>
  latestRevisions(sink.revisions).map(({ speaker, text }) => [speaker, text]);

function startInCall() {
  teamsCallControls(document);
  const list = teamsCaptionList(document);
  const sink = recordingSink();
  teamsAdapter.start(document, sink, stop.signal);
  return { list, sink };
}

beforeEach(() => {
  document.body.replaceChildren();
  vi.useFakeTimers({ now: 1_750_000_000_000 });
  stop = new AbortController();
});

afterEach(() => {
  stop.abort();
  vi.useRealTimers();
});

describe('Teams adapter on caption DOM', () => {
  it('does not duplicate rows the virtual list removes and adds back, as the same or as new elements', async () => {
    const { list, sink } = startInCall();
    const first = teamsRow(document, 'Priya Shah', 'We use a spreadsheet.');
    const second = teamsRow(document, 'You', 'How many dispatchers?');
    const third = teamsRow(document, 'Priya Shah', 'Four.');
    list.append(first.row, second.row, third.row);
    await flush();
    first.row.remove();
    second.row.remove();
    await flush();
    list.prepend(teamsRow(document, 'Priya Shah', 'We use a spreadsheet.').row, second.row);
    await flush();
    expect(lines(sink)).toEqual([
      ['Priya Shah', 'We use a spreadsheet.'],
      ['You', 'How many dispatchers?'],
      ['Priya Shah', 'Four.'],
    ]);
  });

  it('keeps a repeated short line that is new speech at the end of the list', async () => {
    const { list, sink } = startInCall();
    const yes = teamsRow(document, 'Priya Shah', 'Yes.');
    list.append(yes.row, teamsRow(document, 'You', 'And the board agreed?').row);
    await flush();
    yes.row.remove();
    await flush();
    list.append(teamsRow(document, 'Priya Shah', 'Yes.').row);
    await flush();
    expect(lines(sink)).toEqual([
      ['Priya Shah', 'Yes.'],
      ['You', 'And the board agreed?'],
      ['Priya Shah', 'Yes.'],
    ]);
  });

  it('renames "Unknown user" in place and on a row that comes back, keeping the id', async () => {
    const { list, sink } = startInCall();
    const unknown = teamsRow(document, 'Unknown user', 'This is Marcus from finance.');
    const later = teamsRow(document, 'Unknown user', 'I sign off on the spend.');
    list.append(unknown.row, later.row);
    await flush();
    unknown.author!.textContent = 'Marcus Lee';
    later.row.remove();
    await flush();
    list.append(teamsRow(document, 'Marcus Lee', 'I sign off on the spend.').row);
    await flush();
    expect(lines(sink)).toEqual([
      ['Marcus Lee', 'This is Marcus from finance.'],
      ['Marcus Lee', 'I sign off on the spend.'],
    ]);
    const ids = new Set(sink.revisions.map((revision) => revision.id));
    expect(ids.size).toBe(2);
  });

  it('treats a finished row element reused for another line as a new line', async () => {
    const { list, sink } = startInCall();
    const row = teamsRow(document, 'Priya Shah', 'The spreadsheet breaks every Monday.');
    list.append(row.row);
    await vi.advanceTimersByTimeAsync(6_000);
    row.text.textContent = 'Who signs off on new tools?';
    row.author!.textContent = 'You';
    await vi.advanceTimersByTimeAsync(6_000);
    row.text.textContent = 'Marcus does, above fifty thousand.';
    row.author!.textContent = 'Priya Shah';
    await vi.advanceTimersByTimeAsync(6_000);
    row.text.textContent = 'And Dana owns the plan.';
    await flush();
    expect(lines(sink)).toEqual([
      ['Priya Shah', 'The spreadsheet breaks every Monday.'],
      ['You', 'Who signs off on new tools?'],
      ['Priya Shah', 'Marcus does, above fifty thousand.'],
      ['Priya Shah', 'And Dana owns the plan.'],
    ]);
  });

  it('drops notice rows without an author and grows a line in place', async () => {
    const { list, sink } = startInCall();
    list.append(teamsRow(document, null, 'Marcus Lee joined the meeting').row);
    const growing = teamsRow(document, 'Priya Shah', 'We');
    list.append(growing.row);
    await flush();
    growing.text.textContent = 'We lost two contracts';
    await flush();
    expect(lines(sink)).toEqual([['Priya Shah', 'We lost two contracts']]);
    expect(sink.revisions).toHaveLength(2);
  });

  it('reports captions-off and back when the caption wrapper is toggled, without duplicating history', async () => {
    const { list, sink } = startInCall();
    list.append(teamsRow(document, 'Priya Shah', 'Four dispatchers.').row);
    await flush();
    document.querySelector('[data-tid="closed-caption-renderer-wrapper"]')!.remove();
    await flush();
    const again = teamsCaptionList(document);
    again.append(teamsRow(document, 'Priya Shah', 'Four dispatchers.').row, teamsRow(document, 'You', 'Thanks.').row);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sink.states).toEqual(['idle', 'captions-on', 'captions-off', 'captions-on']);
    expect(lines(sink)).toEqual([
      ['Priya Shah', 'Four dispatchers.'],
      ['You', 'Thanks.'],
    ]);
  });
});
