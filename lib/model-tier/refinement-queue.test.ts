import { describe, expect, it } from 'vitest';
import type { UtteranceLabel } from '../types';
import type { RefineLine, RefineReply } from './messages';
import { MODEL_TIER_SETTINGS, type RefinementSettings } from './model-tier-settings';
import { createRefinementQueue, type OfferedLine } from './refinement-queue';

const settings: RefinementSettings = { ...MODEL_TIER_SETTINGS.refinement, queueCapacity: 3, batchSize: 1, refineBelowConfidence: 0.7, minWords: 2 };

const unsure: UtteranceLabel = { role: 'rep', act: 'other', confidence: 0.4, tier: 'fast' };
const sure: UtteranceLabel = { role: 'rep', act: 'situation', confidence: 0.95, tier: 'fast' };
const modelLabel: UtteranceLabel = { role: 'rep', act: 'implication', confidence: 0.8, tier: 'model' };

const line = (id: string, revision: number, overrides: Partial<OfferedLine> = {}): OfferedLine => ({
  id,
  role: 'rep',
  text: `what happens to the team when ${id} slips`,
  final: false,
  revision,
  label: unsure,
  ...overrides,
});

/** A refine function whose answers the test releases one by one. */
function controlledRefiner() {
  const requests: Array<{ lines: RefineLine[]; answer(reply: RefineReply): void }> = [];
  const refine = (lines: RefineLine[]) => new Promise<RefineReply>((resolve) => requests.push({ lines, answer: resolve }));
  const labelAll = (lines: RefineLine[]): RefineReply => ({ ok: true, labels: lines.map((l) => ({ utteranceId: l.utteranceId, label: modelLabel })), engineMs: 5 });
  return { requests, refine, labelAll };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function queueWith(refiner = controlledRefiner(), overrides: Partial<RefinementSettings> = {}) {
  const labels: Array<[string, UtteranceLabel]> = [];
  const stops: string[] = [];
  const timers: Array<{ run: () => void; ms: number }> = [];
  const queue = createRefinementQueue({
    settings: { ...settings, ...overrides },
    refine: refiner.refine,
    onLabel: (id, label) => labels.push([id, label]),
    onStopped: (message) => stops.push(message),
    setTimer: (run, ms) => {
      const timer = { run, ms };
      timers.push(timer);
      return () => timers.splice(timers.indexOf(timer), 1);
    },
  });
  return { queue, refiner, labels, stops, timers };
}

describe('refinement queue', () => {
  it('sends unsure and final lines, one request at a time, and delivers model labels', async () => {
    const { queue, refiner, labels } = queueWith();
    queue.offer(line('a', 0));
    queue.offer(line('b', 0, { label: sure }));
    queue.offer(line('c', 0, { label: sure, final: true }));
    expect(refiner.requests).toHaveLength(1);
    expect(queue.stats()).toMatchObject({ inFlight: 1, queued: 1 });
    refiner.requests[0].answer(refiner.labelAll(refiner.requests[0].lines));
    await flush();
    expect(refiner.requests).toHaveLength(2);
    expect(refiner.requests[1].lines.map((l) => l.utteranceId)).toEqual(['c']);
    refiner.requests[1].answer(refiner.labelAll(refiner.requests[1].lines));
    await flush();
    expect(labels.map(([id]) => id)).toEqual(['a', 'c']);
    expect(labels[0][1].tier).toBe('model');
  });

  it('leaves back-channels and lines already labelled by the model alone', () => {
    const { queue, refiner } = queueWith();
    queue.offer(line('a', 0, { text: 'mm-hmm', final: true }));
    queue.offer(line('b', 0, { label: modelLabel, final: true }));
    expect(refiner.requests).toHaveLength(0);
  });

  it('replaces a queued line with its newer revision', async () => {
    const { queue, refiner } = queueWith();
    queue.offer(line('busy', 0));
    queue.offer(line('a', 0, { text: 'so where does it' }));
    queue.offer(line('a', 1, { text: 'so where does it break for you' }));
    expect(queue.stats().queued).toBe(1);
    refiner.requests[0].answer(refiner.labelAll(refiner.requests[0].lines));
    await flush();
    expect(refiner.requests[1].lines).toEqual([{ utteranceId: 'a', role: 'rep', text: 'so where does it break for you' }]);
  });

  it('cancels a queued line whose new revision no longer needs the model', () => {
    const { queue } = queueWith();
    queue.offer(line('busy', 0));
    queue.offer(line('a', 0));
    queue.offer(line('a', 1, { label: sure }));
    expect(queue.stats()).toMatchObject({ queued: 0, stale: 1 });
  });

  it('drops the answer for a revision that was revised while in flight', async () => {
    const { queue, refiner, labels } = queueWith();
    queue.offer(line('a', 0));
    queue.offer(line('a', 1, { label: sure }));
    refiner.requests[0].answer(refiner.labelAll(refiner.requests[0].lines));
    await flush();
    expect(labels).toEqual([]);
    expect(queue.stats().stale).toBeGreaterThanOrEqual(1);
  });

  it('under back-pressure drops the oldest non-final line first, then refuses new non-final lines', () => {
    const { queue } = queueWith();
    queue.offer(line('busy', 0));
    queue.offer(line('f1', 0, { final: true }));
    queue.offer(line('live1', 0));
    queue.offer(line('f2', 0, { final: true }));
    queue.offer(line('f3', 0, { final: true }));
    expect(queue.stats()).toMatchObject({ queued: 3, dropped: 1 });
    queue.offer(line('live2', 0));
    expect(queue.stats()).toMatchObject({ queued: 3, dropped: 2 });
    queue.offer(line('f4', 0, { final: true }));
    expect(queue.stats()).toMatchObject({ queued: 3, dropped: 3 });
  });

  it('ending the call cancels the queue and the answer in flight', async () => {
    const { queue, refiner, labels } = queueWith();
    queue.offer(line('a', 0));
    queue.offer(line('b', 0));
    queue.endCall();
    refiner.requests[0].answer(refiner.labelAll(refiner.requests[0].lines));
    await flush();
    queue.offer(line('c', 0));
    expect(labels).toEqual([]);
    expect(refiner.requests).toHaveLength(1);
    expect(queue.stats()).toMatchObject({ state: 'ended', queued: 0 });
  });

  it('waits and retries while the model loads, keeping the lines', async () => {
    const { queue, refiner, labels, timers } = queueWith();
    queue.offer(line('a', 0));
    refiner.requests[0].answer({ ok: false, reason: 'loading', message: 'loading', retryAfterMs: 2500 });
    await flush();
    expect(queue.stats()).toMatchObject({ state: 'waiting-for-model', queued: 1 });
    expect(timers.map((timer) => timer.ms)).toEqual([2500]);
    timers[0].run();
    expect(refiner.requests).toHaveLength(2);
    refiner.requests[1].answer(refiner.labelAll(refiner.requests[1].lines));
    await flush();
    expect(labels.map(([id]) => id)).toEqual(['a']);
  });

  it('stops for the call when the tier cannot run, so the fast labels stand', async () => {
    const { queue, refiner, stops } = queueWith();
    queue.offer(line('a', 0));
    queue.offer(line('b', 0));
    refiner.requests[0].answer({ ok: false, reason: 'unavailable', message: 'Your browser has no WebGPU, so the coach keeps using its built-in classifier.' });
    await flush();
    queue.offer(line('c', 0));
    expect(refiner.requests).toHaveLength(1);
    expect(stops).toEqual(['Your browser has no WebGPU, so the coach keeps using its built-in classifier.']);
    expect(queue.stats()).toMatchObject({ state: 'stopped', queued: 0 });
  });

  it('drops a failed batch and carries on, also when the sender throws', async () => {
    let calls = 0;
    const refine = async (lines: RefineLine[]): Promise<RefineReply> => {
      calls++;
      if (calls === 1) throw new Error('port closed');
      return { ok: true, labels: lines.map((l) => ({ utteranceId: l.utteranceId, label: modelLabel })), engineMs: 1 };
    };
    const labels: string[] = [];
    const queue = createRefinementQueue({ settings, refine, onLabel: (id) => labels.push(id) });
    queue.offer(line('a', 0));
    queue.offer(line('b', 0));
    await flush();
    await flush();
    expect(labels).toEqual(['b']);
    expect(queue.stats()).toMatchObject({ state: 'running', dropped: 1, refined: 1 });
  });

  it('ignores a label of the other role', async () => {
    const { queue, refiner, labels } = queueWith();
    queue.offer(line('a', 0));
    refiner.requests[0].answer({ ok: true, labels: [{ utteranceId: 'a', label: { role: 'buyer', objection: 'budget', confidence: 0.9, tier: 'model' } }], engineMs: 1 });
    await flush();
    expect(labels).toEqual([]);
  });

  it('sends several lines per request up to the batch size', () => {
    const { queue, refiner } = queueWith(controlledRefiner(), { batchSize: 4, queueCapacity: 10 });
    queue.offer(line('first', 0));
    for (const id of ['a', 'b', 'c', 'd', 'e']) queue.offer(line(id, 0));
    refiner.requests[0].answer(refiner.labelAll(refiner.requests[0].lines));
    return flush().then(() => expect(refiner.requests[1].lines.map((l) => l.utteranceId)).toEqual(['a', 'b', 'c', 'd']));
  });
});
