// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_CAPTION_CHARS } from '../../lib/capture/caption-text';
import { countMutationObservers, latestRevisions, recordingSink } from '../../capture/testing/adapter-harness';
import { addMeetBlock, meetCallControls, meetCaptionRegion } from './test-support';
import { meetAdapter } from './adapter';

let stop: AbortController;

function start(options = {}) {
  const sink = recordingSink();
  meetAdapter.start(document, sink, stop.signal, options);
  return sink;
}

/** Lets the observers run (a microtask) without moving the clock far. */
const flush = () => vi.advanceTimersByTimeAsync(1);
const finals = (sink: ReturnType<typeof recordingSink>) =>
  latestRevisions(sink.revisions).map(({ speaker, self, text, final }) => ({ speaker, self, text, final }));

beforeEach(() => {
  document.body.replaceChildren();
  vi.useFakeTimers({ now: 1_750_000_000_000 });
  stop = new AbortController();
});

afterEach(() => {
  stop.abort();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('Meet adapter lifecycle', () => {
  it('stays idle and observes nothing while no call runs, then follows the call', async () => {
    const observers = countMutationObservers(vi.stubGlobal);
    const sink = start();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(sink.states).toEqual(['idle']);
    expect(observers.created).toBe(0);

    meetCallControls(document);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sink.states).toEqual(['idle', 'captions-off']);

    const region = meetCaptionRegion(document);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sink.states.at(-1)).toBe('captions-on');
    addMeetBlock(region, 'Priya Shah', 'We use a spreadsheet.');
    await flush();
    expect(finals(sink)).toEqual([{ speaker: 'Priya Shah', self: false, text: 'We use a spreadsheet.', final: false }]);
  });

  it('recognizes an empty caption region by its label in other UI languages', async () => {
    const sink = start();
    meetCallControls(document);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sink.states.at(-1)).toBe('captions-off');
    const region = meetCaptionRegion(document);
    region.setAttribute('aria-label', 'Untertitel');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sink.states.at(-1)).toBe('captions-on');
    addMeetBlock(region, 'Du', 'Wie lösen Sie das heute?');
    await flush();
    expect(finals(sink)).toEqual([{ speaker: 'Du', self: true, text: 'Wie lösen Sie das heute?', final: false }]);
  });

  it('does not take another labelled region for the captions', async () => {
    const sink = start();
    meetCallControls(document);
    meetCaptionRegion(document).setAttribute('aria-label', 'Chat');
    await vi.advanceTimersByTimeAsync(2_000);
    expect(sink.states.at(-1)).toBe('captions-off');
  });

  it('reports captions-off when the region vanishes, and captions-on without duplicates when it returns', async () => {
    meetCallControls(document);
    let region = meetCaptionRegion(document);
    addMeetBlock(region, 'You', 'How many dispatchers do you have?');
    addMeetBlock(region, 'Priya Shah', 'Four');
    const sink = start();
    await flush();
    region.remove();
    await flush();
    expect(sink.states).toEqual(['idle', 'captions-on', 'captions-off']);

    region = meetCaptionRegion(document);
    addMeetBlock(region, 'You', 'How many dispatchers do you have?');
    addMeetBlock(region, 'Priya Shah', 'Four dispatchers.');
    addMeetBlock(region, 'You', 'And technicians?');
    await flush();
    expect(sink.states.at(-1)).toBe('captions-on');
    expect(finals(sink).map(({ speaker, text }) => [speaker, text])).toEqual([
      ['You', 'How many dispatchers do you have?'],
      ['Priya Shah', 'Four dispatchers.'],
      ['You', 'And technicians?'],
    ]);
  });

  it('flushes open lines as final before reporting the end of the call, then polls idle again', async () => {
    const controls = meetCallControls(document);
    const region = meetCaptionRegion(document);
    addMeetBlock(region, 'Priya Shah', 'About eighteen percent');
    const sink = start();
    await flush();
    const observers = countMutationObservers(vi.stubGlobal);
    controls.remove();
    region.remove();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(finals(sink)).toEqual([{ speaker: 'Priya Shah', self: false, text: 'About eighteen percent', final: true }]);
    expect(sink.events.slice(-2)).toEqual([`final:${sink.revisions[0]?.id}`, 'state:ended']);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(observers.created).toBe(0);

    meetCallControls(document);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sink.states.slice(-2)).toEqual(['ended', 'captions-off']);
  });

  it('flushes open lines and then stays silent when stopped mid-call', async () => {
    meetCallControls(document);
    const region = meetCaptionRegion(document);
    const sink = start();
    const { text } = addMeetBlock(region, 'Priya Shah', 'We route');
    await flush();
    region.remove();
    stop.abort();
    expect(finals(sink)).toEqual([{ speaker: 'Priya Shah', self: false, text: 'We route', final: true }]);
    const seen = sink.events.length;
    text!.textContent = 'We route by hand';
    meetCaptionRegion(document);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(sink.events).toHaveLength(seen);
  });

  it('finalizes a line a few seconds after its last rewrite', async () => {
    meetCallControls(document);
    const region = meetCaptionRegion(document);
    const sink = start();
    const { text } = addMeetBlock(region, 'Priya Shah', 'We');
    await vi.advanceTimersByTimeAsync(300);
    text!.textContent = 'We lost two';
    await vi.advanceTimersByTimeAsync(300);
    text!.textContent = 'We lost two contracts.';
    await vi.advanceTimersByTimeAsync(4_000);
    expect(sink.revisions.some((revision) => revision.final)).toBe(false);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(finals(sink)).toEqual([{ speaker: 'Priya Shah', self: false, text: 'We lost two contracts.', final: true }]);
    expect(new Set(sink.revisions.map((revision) => revision.id)).size).toBe(1);
  });

  it('keeps working when the sink throws', async () => {
    meetCallControls(document);
    const region = meetCaptionRegion(document);
    const warnings: string[] = [];
    meetAdapter.start(
      document,
      {
        revision: () => {
          throw new Error('store is gone');
        },
        callState: () => {},
        warn: (message) => warnings.push(message),
      },
      stop.signal,
    );
    addMeetBlock(region, 'Priya Shah', 'Hello');
    await flush();
    expect(warnings.some((warning) => warning.includes('store is gone'))).toBe(true);
  });
});

describe('Meet adapter on bad caption DOM', () => {
  async function readBlocks(build: (region: HTMLElement) => void, options = {}) {
    meetCallControls(document);
    const region = meetCaptionRegion(document);
    const sink = start(options);
    build(region);
    await flush();
    return sink;
  }

  it('drops system notices (blocks without a speaker) and skips blocks without text', async () => {
    const sink = await readBlocks((region) => {
      addMeetBlock(region, null, 'Marcus Lee joined');
      addMeetBlock(region, 'Priya Shah', null);
      addMeetBlock(region, 'Priya Shah', 'Real line');
    });
    expect(finals(sink).map((line) => line.text)).toEqual(['Real line']);
    expect(sink.warnings).toEqual(['meet: a caption row has no text element']);
  });

  it('reads blocks inside extra wrappers, and text wrapped in extra spans', async () => {
    const sink = await readBlocks((region) => {
      const wrapper = document.createElement('div');
      wrapper.append(addMeetBlock(region, 'Priya Shah', null).block);
      const text = document.createElement('div');
      text.className = 'ygicle';
      text.innerHTML = '<span>We route</span> <span><b>by hand</b></span>';
      wrapper.querySelector('.nMcdL')!.append(text);
      region.prepend(wrapper);
    });
    expect(finals(sink).map(({ speaker, text }) => [speaker, text])).toEqual([['Priya Shah', 'We route by hand']]);
  });

  it('skips empty and whitespace-only captions and keeps emoji-only ones', async () => {
    const sink = await readBlocks((region) => {
      addMeetBlock(region, 'Priya Shah', '');
      addMeetBlock(region, 'Priya Shah', ' \n\u00A0 ');
      addMeetBlock(region, 'Priya Shah', '👍');
    });
    expect(finals(sink).map((line) => line.text)).toEqual(['👍']);
  });

  it('reads a 10,000-character caption whole and caps longer ones', async () => {
    const long = 'x'.repeat(9_998) + ' y';
    const sink = await readBlocks((region) => {
      addMeetBlock(region, 'Priya Shah', long);
      addMeetBlock(region, 'You', 'z'.repeat(MAX_CAPTION_CHARS * 2));
    });
    const [first, second] = finals(sink);
    expect(first?.text).toBe(long);
    expect(second?.text).toHaveLength(MAX_CAPTION_CHARS);
  });

  it('keeps markup as text, runs nothing, and strips bidi and zero-width characters', async () => {
    const sink = await readBlocks((region) => {
      addMeetBlock(region, 'Mallory\u202E', '<script>window.pwned = true</script><img src=x onerror="window.pwned = true">');
      addMeetBlock(region, 'Priya\u200B Shah', 'pay\u200Bment \u2066due\u2069');
    });
    expect(finals(sink).map(({ speaker, text }) => [speaker, text])).toEqual([
      ['Mallory', '<script>window.pwned = true</script><img src=x onerror="window.pwned = true">'],
      ['Priya Shah', 'payment due'],
    ]);
    expect(document.querySelector('script, img')).toBeNull();
    expect((window as unknown as { pwned?: boolean }).pwned).toBeUndefined();
  });

  it('marks the local user in any language, and extra labels, as self; unknown names are buyers', async () => {
    const sink = await readBlocks(
      (region) => {
        addMeetBlock(region, 'You', 'one');
        addMeetBlock(region, 'Du', 'two');
        addMeetBlock(region, 'あなた', 'three');
        addMeetBlock(region, 'Jordan Ellis', 'four');
        addMeetBlock(region, 'Zyx Qwv 9', 'five');
      },
      { extraSelfLabels: ['Jordan Ellis'] },
    );
    expect(finals(sink).map(({ speaker, self }) => [speaker, self])).toEqual([
      ['You', true],
      ['Du', true],
      ['あなた', true],
      ['Jordan Ellis', true],
      ['Zyx Qwv 9', false],
    ]);
  });
});
