// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import demoJson from '../../seeds/calls/demo-discovery.json';
import smokeJson from '../../seeds/calls/short-smoke.json';
import { parseCallScript, type CallScript } from '../../lib/call-script/call-script';
import type { CallReplayOptions } from '../../capture/replay/replay-driver';
import { expectedUtterances, finalCounts, latestRevisions, replayIntoAdapter, useEmptyDocumentAndFakeClock } from '../../capture/testing/adapter-harness';
import { zoomAdapter } from './adapter';

const smoke = parseCallScript(smokeJson);
const demo = parseCallScript(demoJson);
const demoSlice: CallScript = { ...demo, lines: demo.lines.slice(80, 140) };
const SPEED = 60;

function replay(script: CallScript, replayOptions: CallReplayOptions = {}) {
  return replayIntoAdapter({ adapter: zoomAdapter, platform: 'zoom', script, speed: SPEED, replayOptions, adapterOptions: { extraSelfLabels: [script.repName] } });
}

useEmptyDocumentAndFakeClock();

describe('Zoom adapter on a replayed call', () => {
  it('reports every line of the smoke call once, final, with speaker, self and text', async () => {
    const sink = await replay(smoke);
    const finals = latestRevisions(sink.revisions);
    expect(finals.map(({ speaker, self, text }) => ({ speaker, self, text }))).toEqual(expectedUtterances(smoke, 'zoom'));
    expect(finals.every((revision) => revision.final)).toBe(true);
    expect([...finalCounts(sink.revisions).values()].every((count) => count === 1)).toBe(true);
    expect(sink.states).toEqual(['idle', 'captions-on', 'ended']);
    expect(sink.warnings).toEqual([]);
  });

  it('merges rolling windows back into whole lines, with corrections and names from photos and tiles', async () => {
    const sink = await replay(demoSlice, { rollingWindowWords: 8, correctionRate: 0.5 });
    const finals = latestRevisions(sink.revisions);
    expect(finals.map(({ speaker, self, text }) => ({ speaker, self, text }))).toEqual(expectedUtterances(demoSlice, 'zoom'));
    expect([...finalCounts(sink.revisions).values()].every((count) => count === 1)).toBe(true);
    const longest = Math.max(...demoSlice.lines.map((line) => line.text.split(' ').length));
    expect(longest).toBeGreaterThan(3 * 8);
  });
});
