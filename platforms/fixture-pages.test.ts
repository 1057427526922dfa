// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import smokeJson from '../seeds/calls/short-smoke.json';
import { parseCallScript } from '../lib/call-script/call-script';
import { compileCaptionTimeline } from '../lib/call-script/caption-timeline';
import type { Platform } from '../lib/types';
import type { CaptionAdapter } from '../capture/caption-adapter';
import { createCallReplay } from '../capture/replay/replay-driver';
import { countMutationObservers, expectedUtterances, latestRevisions, recordingSink } from '../capture/testing/adapter-harness';
import { loadFixture, platformFixture, sharedFixture } from '../capture/testing/fixture-page';
import { ADAPTERS_BY_PLATFORM, CAPTION_ADAPTERS } from './adapters';
import { PLATFORMS } from './registry';

const smoke = parseCallScript(smokeJson);
const SPEED = 60;

/** Each platform's fixture page (platforms/<id>/fixture.html, the page its captions are drawn in) with its adapter. */
const pages: { platform: Platform; fixture: string; adapter: CaptionAdapter }[] = PLATFORMS.map((platform) => ({
  platform,
  fixture: platformFixture(platform),
  adapter: ADAPTERS_BY_PLATFORM[platform],
}));

beforeEach(() => {
  vi.useFakeTimers({ now: 1_750_000_000_000 });
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('fixture pages', () => {
  for (const { platform, fixture, adapter } of pages) {
    it(`${fixture}: is in a call with captions off until the replay turns them on, then reads the whole call`, async () => {
      loadFixture(document, fixture);
      const sink = recordingSink();
      const stop = new AbortController();
      adapter.start(document, sink, stop.signal, { extraSelfLabels: [smoke.repName] });
      expect(sink.states).toEqual(['idle', 'captions-off']);
      const run = createCallReplay(document, platform, smoke, { speed: SPEED });
      await vi.advanceTimersByTimeAsync(compileCaptionTimeline(smoke).durationMs / SPEED + 3_000);
      await run.done;
      stop.abort();
      const finals = latestRevisions(sink.revisions).map(({ speaker, self, text }) => ({ speaker, self, text }));
      expect(finals).toEqual(expectedUtterances(smoke, platform));
      expect(sink.states).toEqual(['idle', 'captions-off', 'captions-on', 'ended']);
      expect(document.querySelectorAll('script[src="/__replay/replay.js"]')).toHaveLength(1);
    });
  }

  it("zoom's fixture-join.html holds the meeting in a same-origin iframe#webclient on a /wc/ path", () => {
    loadFixture(document, platformFixture('zoom', 'fixture-join.html'));
    const frame = document.querySelector('iframe#webclient');
    expect(frame?.getAttribute('src')).toMatch(/^\/wc\/\d+\/webclient$/);
  });

  for (const adapter of CAPTION_ADAPTERS) {
    it(`not-a-meeting.html: the ${adapter.platform} adapter stays idle, reads nothing and observes nothing`, async () => {
      loadFixture(document, sharedFixture('not-a-meeting.html'));
      const observers = countMutationObservers(vi.stubGlobal);
      const sink = recordingSink();
      const stop = new AbortController();
      adapter.start(document, sink, stop.signal);
      await vi.advanceTimersByTimeAsync(30_000);
      stop.abort();
      expect(sink.states).toEqual(['idle']);
      expect(sink.revisions).toEqual([]);
      expect(observers.created).toBe(0);
    });
  }
});
