// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import demoJson from '../../seeds/calls/demo-discovery.json';
import smokeJson from '../../seeds/calls/short-smoke.json';
import { parseCallScript, type CallScript } from '../../lib/call-script/call-script';
import type { CallReplayOptions } from '../../capture/replay/replay-driver';
import { expectedUtterances, finalCounts, latestRevisions, replayIntoAdapter, useEmptyDocumentAndFakeClock } from '../../capture/testing/adapter-harness';
import { teamsAdapter } from './adapter';

const smoke = parseCallScript(smokeJson);
const demo = parseCallScript(demoJson);
const demoSlice: CallScript = { ...demo, lines: demo.lines.slice(70, 130) };
const SPEED = 60;

function replay(script: CallScript, replayOptions: CallReplayOptions = {}) {
  return replayIntoAdapter({ adapter: teamsAdapter, platform: 'teams', script, speed: SPEED, replayOptions });
}

/** Counts caption rows taken out of and put back into the list while the replay runs. */
function watchRowChurn() {
  const counts = { removed: 0, added: 0 };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.removedNodes) if (node instanceof Element && node.matches('.fui-ChatMessageCompact')) counts.removed++;
      for (const node of record.addedNodes) if (node instanceof Element && node.matches('.fui-ChatMessageCompact')) counts.added++;
    }
  });
  observer.observe(document.body, { childList: true, subtree: true });
  return counts;
}

useEmptyDocumentAndFakeClock();

describe('Teams adapter on a replayed call', () => {
  it('reports every line of the smoke call once, final, with speaker, self and text', async () => {
    const sink = await replay(smoke);
    const finals = latestRevisions(sink.revisions);
    expect(finals.map(({ speaker, self, text }) => ({ speaker, self, text }))).toEqual(expectedUtterances(smoke, 'teams'));
    expect(finals.every((revision) => revision.final)).toBe(true);
    expect([...finalCounts(sink.revisions).values()].every((count) => count === 1)).toBe(true);
    expect(sink.states).toEqual(['idle', 'captions-on', 'ended']);
    expect(sink.warnings).toEqual([]);
  });

  it('does not duplicate virtual rows that are removed and added back, and follows late renames', async () => {
    const churn = watchRowChurn();
    const sink = await replay(demoSlice, { rowChurn: 5, correctionRate: 0.3 });
    expect(churn.removed).toBeGreaterThan(10);
    const finals = latestRevisions(sink.revisions);
    expect(finals.map(({ speaker, self, text }) => ({ speaker, self, text }))).toEqual(expectedUtterances(demoSlice, 'teams'));
    const renamed = finals.filter((final) =>
      sink.revisions.some((revision) => revision.id === final.id && revision.speaker === 'Unknown user'),
    );
    expect(renamed.length).toBeGreaterThan(0);
    expect(renamed.every((final) => final.speaker !== 'Unknown user')).toBe(true);
  });

  it('reads the smoke call through row churn from its very first line', async () => {
    const sink = await replay(smoke, { rowChurn: 3 });
    const finals = latestRevisions(sink.revisions);
    expect(finals.map(({ speaker, self, text }) => ({ speaker, self, text }))).toEqual(expectedUtterances(smoke, 'teams'));
  });
});
