// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import demoJson from '../../seeds/calls/demo-discovery.json';
import smokeJson from '../../seeds/calls/short-smoke.json';
import { parseCallScript, type CallScript } from '../../lib/call-script/call-script';
import type { CallReplayOptions } from '../../capture/replay/replay-driver';
import { expectedUtterances, finalCounts, latestRevisions, replayIntoAdapter, useEmptyDocumentAndFakeClock } from '../../capture/testing/adapter-harness';
import { meetAdapter } from './adapter';

const smoke = parseCallScript(smokeJson);
const demo = parseCallScript(demoJson);
const demoSlice: CallScript = { ...demo, lines: demo.lines.slice(0, 60) };
const SPEED = 60;

function replay(script: CallScript, replayOptions: CallReplayOptions = {}) {
  return replayIntoAdapter({ adapter: meetAdapter, platform: 'meet', script, speed: SPEED, replayOptions });
}

useEmptyDocumentAndFakeClock();

describe('Meet adapter on a replayed call', () => {
  it('reports every line of the smoke call once, final, with speaker, self and text', async () => {
    const sink = await replay(smoke);
    const finals = latestRevisions(sink.revisions);
    expect(finals.map(({ speaker, self, text }) => ({ speaker, self, text }))).toEqual(expectedUtterances(smoke, 'meet'));
    expect(finals.every((revision) => revision.final)).toBe(true);
    expect([...finalCounts(sink.revisions).values()].every((count) => count === 1)).toBe(true);
    expect(sink.states).toEqual(['idle', 'captions-on', 'ended']);
    expect(sink.warnings).toEqual([]);
  });

  it('keeps one utterance per line through in-place rewrites and corrections of older blocks', async () => {
    const sink = await replay(smoke, { correctionRate: 1 });
    const ids = new Set(sink.revisions.map((revision) => revision.id));
    expect(ids.size).toBe(smoke.lines.length);
    expect(sink.revisions.length).toBeGreaterThan(smoke.lines.length * 5);
    expect(latestRevisions(sink.revisions).map((revision) => revision.text)).toEqual(
      expectedUtterances(smoke, 'meet').map((line) => line.text),
    );
  });

  it('matches re-rendered history to known utterances when the caption region is re-created', async () => {
    let regionsAdded = 0;
    new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) if (node instanceof Element && node.matches('[role="region"]')) regionsAdded++;
    }).observe(document.body, { childList: true });
    const sink = await replay(demoSlice, { recreateContainerEverySec: 25 });
    expect(regionsAdded).toBeGreaterThan(10);
    const finals = latestRevisions(sink.revisions);
    expect(finals.map(({ speaker, self, text }) => ({ speaker, self, text }))).toEqual(expectedUtterances(demoSlice, 'meet'));
    expect([...finalCounts(sink.revisions).values()].every((count) => count === 1)).toBe(true);
  });
});
