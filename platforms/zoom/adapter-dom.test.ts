// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { finalCounts, latestRevisions, recordingSink } from '../../capture/testing/adapter-harness';
import { zoomCallChrome, zoomCaptionBox, zoomRow } from './test-support';
import { zoomAdapter } from './adapter';

let stop: AbortController;
const flush = () => vi.advanceTimersByTimeAsync(1);
const lines = (sink: ReturnType<typeof recordingSink>) =>
  latestRevisions(sink.revisions).map(({ speaker, text }) => [speaker, text]);

function startInCall(activeSpeaker = 'Priya Shah') {
  const tile = zoomCallChrome(document, activeSpeaker);
  const content = zoomCaptionBox(document);
  const sink = recordingSink();
  zoomAdapter.start(document, sink, stop.signal, { extraSelfLabels: ['Jordan Ellis'] });
  return { tile, content, sink };
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

describe('Zoom adapter on caption DOM', () => {
  it('merges a rolling window that grows and drops its beginning into one utterance', async () => {
    const { content, sink } = startInCall();
    const row = zoomRow(document, { initials: 'PS' }, 'we lost two');
    content.append(row.row);
    for (const window of ['we lost two commercial contracts', 'two commercial contracts last year', 'contracts last year because of repeat visits']) {
      await flush();
      row.text.textContent = window;
    }
    await flush();
    expect(lines(sink)).toEqual([['Priya Shah', 'we lost two commercial contracts last year because of repeat visits']]);
  });

  it('does not take a row hidden with display:none and shown again for new speech; a reused row is', async () => {
    const { content, sink, tile } = startInCall();
    const row = zoomRow(document, { initials: 'PS' }, 'about eighteen percent');
    content.append(row.row);
    await flush();
    row.row.style.display = 'none';
    await vi.advanceTimersByTimeAsync(3_000);
    row.row.style.display = '';
    await flush();
    expect(lines(sink)).toEqual([['Priya Shah', 'about eighteen percent']]);
    row.row.style.display = 'none';
    await flush();
    tile.textContent = 'Priya Shah';
    row.text.textContent = 'and overtime is up';
    row.row.style.display = '';
    await flush();
    expect(lines(sink)).toEqual([
      ['Priya Shah', 'about eighteen percent'],
      ['Priya Shah', 'and overtime is up'],
    ]);
  });

  it('keeps a line open when the hidden row that showed it is removed after another row took the line over', async () => {
    const { content, sink } = startInCall();
    const first = zoomRow(document, { initials: 'PS' }, 'about eighteen percent');
    content.append(first.row);
    await flush();
    first.row.style.display = 'none';
    await flush();
    const again = zoomRow(document, { initials: 'PS' }, 'about eighteen percent');
    content.append(again.row);
    await flush();
    first.row.remove();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(sink.events.filter((event) => event.startsWith('final:'))).toEqual([]);
    again.text.textContent = 'about eighteen percent of our calls';
    await vi.advanceTimersByTimeAsync(6_000);
    expect(lines(sink)).toEqual([['Priya Shah', 'about eighteen percent of our calls']]);
    expect([...finalCounts(sink.revisions).values()]).toEqual([1]);
  });

  it('names speakers from photo alt text, initials matching the active-speaker tile, or the tile for a bare photo', async () => {
    const { content, sink, tile } = startInCall('Jordan Ellis');
    content.append(zoomRow(document, { initials: 'JE' }, 'how many dispatchers').row);
    await flush();
    tile.textContent = 'Marcus Lee';
    content.append(zoomRow(document, { photoAlt: 'Marcus Lee' }, 'four of them').row);
    await flush();
    tile.textContent = 'Priya Shah';
    content.append(zoomRow(document, { photoAlt: '' }, 'and sixty techs').row);
    content.append(zoomRow(document, { initials: 'JE' }, 'got it').row);
    await flush();
    expect(latestRevisions(sink.revisions).map(({ speaker, self }) => [speaker, self])).toEqual([
      ['Jordan Ellis', true],
      ['Marcus Lee', false],
      ['Priya Shah', false],
      ['Jordan Ellis', true],
    ]);
  });

  it('drops rows without an avatar (notices) and keeps reading after malformed rows', async () => {
    const { content, sink } = startInCall();
    content.append(zoomRow(document, null, 'Recording started').row);
    const broken = document.createElement('div');
    broken.id = 'live-transcription-subtitle';
    broken.textContent = 'no text element here';
    content.append(broken);
    content.append(zoomRow(document, { initials: 'PS' }, 'real caption').row);
    await flush();
    expect(lines(sink)).toEqual([['Priya Shah', 'real caption']]);
    expect(sink.warnings).toEqual(['zoom: a caption row has no text element']);
  });

  it('matches the windows of a rebuilt caption box to the utterances they continue', async () => {
    const { content, sink } = startInCall();
    const row = zoomRow(document, { initials: 'PS' }, 'we kept trying to patch the spreadsheet with more columns');
    content.append(row.row);
    await flush();
    document.querySelector('.live-transcription-subtitle__box')!.remove();
    const rebuilt = zoomCaptionBox(document);
    rebuilt.append(zoomRow(document, { initials: 'PS' }, 'the spreadsheet with more columns and color codes').row);
    await flush();
    expect(lines(sink)).toEqual([['Priya Shah', 'we kept trying to patch the spreadsheet with more columns and color codes']]);
  });

  it('reads captions only in the meeting frame on app.zoom.us /wc/ paths', () => {
    expect(zoomAdapter.matchesFrame({ hostname: 'app.zoom.us', pathname: '/wc/123/webclient' }, false)).toBe(true);
    expect(zoomAdapter.matchesFrame({ hostname: 'app.zoom.us', pathname: '/wc/123/join' }, true)).toBe(false);
    expect(zoomAdapter.matchesFrame({ hostname: 'app.zoom.us', pathname: '/profile' }, false)).toBe(false);
    expect(zoomAdapter.matchesFrame({ hostname: 'evil.example', pathname: '/wc/1/webclient' }, false)).toBe(false);
  });
});
