// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import smokeJson from '../../seeds/calls/short-smoke.json';
import { createDiscoveryReplay } from './page-entry';

beforeEach(() => {
  document.body.replaceChildren();
  vi.useFakeTimers({ now: 1_750_000_000_000 });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('replay page entry', () => {
  it('exposes window.discoveryReplay when loaded', () => {
    expect(typeof window.discoveryReplay?.play).toBe('function');
  });

  it('plays a call-script file into the page', async () => {
    const replay = createDiscoveryReplay(document).play('teams', JSON.parse(JSON.stringify(smokeJson)), {
      speed: 60,
      captionsLeadInMs: 0,
      endCall: false,
    });
    await vi.advanceTimersByTimeAsync(10_000);
    await replay.done;
    const texts = [...document.querySelectorAll('.fui-ChatMessageCompact:has([data-tid="author"]) [data-tid="closed-caption-text"]')].map(
      (text) => text.textContent,
    );
    expect(texts).toEqual(smokeJson.lines.map((line) => line.text));
  });

  it('writes Zoom captions into the iframe#webclient document when played on the top page', async () => {
    const frame = document.createElement('iframe');
    frame.id = 'webclient';
    document.body.append(frame);
    const replay = createDiscoveryReplay(document).play('zoom', smokeJson, { speed: 60, captionsLeadInMs: 0, endCall: false });
    await vi.advanceTimersByTimeAsync(10_000);
    await replay.done;
    expect(frame.contentDocument?.querySelectorAll('[id="live-transcription-subtitle"]').length).toBeGreaterThan(0);
    expect(document.querySelector('.live-transcription-subtitle__box')).toBeNull();
  });

  it('rejects unknown platforms and invalid scripts with a clear message', () => {
    const replay = createDiscoveryReplay(document);
    expect(() => replay.play('webex' as never, smokeJson)).toThrow(/unknown platform "webex"/);
    expect(() => replay.play('meet', { ...smokeJson, lines: [] })).toThrow(/invalid call script at lines/);
  });
});
