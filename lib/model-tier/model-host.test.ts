import { describe, expect, it } from 'vitest';
import type { Corpus } from '../classifier/corpus';
import { METHODOLOGY } from '../engine/methodology';
import { homeRequest, type HomeRequest, type HomeStatus } from './messages';
import type { PrebuiltModelRecord } from './model-catalog';
import { createModelHost } from './model-host';
import { MODEL_TIER_SETTINGS } from './model-tier-settings';
import { DEBRIEF_MODEL, EMBED_MODEL, F16_MODEL, FAKE_RECORDS, fakeRuntime, sampleCall, seedCorpusFromDisk, type FakeRuntimeOptions } from './test-support';

/** A few lines per label keep fitting fast; the label quality itself is label-refiner.test.ts's business. */
function smallCorpus(): Corpus {
  const full = seedCorpusFromDisk();
  const firstOf = <T extends { label: string }>(lines: T[]) => lines.filter((line, index) => lines.findIndex((other) => other.label === line.label) + 25 > index);
  return { rep: firstOf(full.rep), buyer: firstOf(full.buyer), warnings: [] };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

function hostWith(runtimeOptions: FakeRuntimeOptions = {}, records: readonly PrebuiltModelRecord[] = FAKE_RECORDS) {
  // The fake reads its options at call time: tests change them after loading.
  const { runtime, calls } = fakeRuntime(runtimeOptions);
  const events: Array<{ reason: string; status: HomeStatus }> = [];
  const timers: Array<{ run: () => void; ms: number }> = [];
  let clock = 1_000;
  const host = createModelHost({
    runtime,
    records,
    corpus: smallCorpus,
    methodology: METHODOLOGY,
    emit: (reason, status) => events.push({ reason, status }),
    now: () => (clock += 7),
    setTimer: (run, ms) => {
      const timer = { run, ms };
      timers.push(timer);
      return () => timers.splice(timers.indexOf(timer), 1);
    },
  });
  const ask = (body: Parameters<typeof homeRequest>[0]) => host.handle(homeRequest(body) as HomeRequest);
  const refine = (modelId = EMBED_MODEL) =>
    ask({ type: 'refine-labels', modelId, lines: [{ utteranceId: 'u1', role: 'rep', text: 'When tickets pile up, what does that do to your renewals?' }] });
  return { host, calls, events, timers, ask, refine, runtimeOptions };
}

async function loaded(harness: ReturnType<typeof hostWith>, modelId = EMBED_MODEL) {
  await harness.ask({ type: 'load', modelId, allowDownload: true });
  for (let i = 0; i < 100 && !harness.host.status().loaded.includes(modelId) && !harness.host.status().error; i++) await settle();
}

describe('model host', () => {
  it('reports the GPU and which models are downloaded', async () => {
    const harness = hostWith({ cached: [DEBRIEF_MODEL] });
    expect(await harness.ask({ type: 'status' })).toEqual({
      ok: true,
      status: { gpu: { webgpu: true, shaderF16: true, adapter: 'Fake GPU' }, loaded: [], loading: null, error: null, lastLoad: null },
    });
    const listed = await harness.ask({ type: 'list-models' });
    if (!listed.ok || !('models' in listed)) throw new Error('expected models');
    expect(listed.models.filter((model) => model.cached).map((model) => model.modelId)).toEqual([DEBRIEF_MODEL]);
  });

  it('downloads and loads on request, reporting progress, then fits the label heads', async () => {
    const harness = hostWith();
    await loaded(harness);
    const progress = harness.events.filter((event) => event.reason === 'progress').map((event) => event.status.loading);
    expect(progress[0]).toMatchObject({ modelId: EMBED_MODEL, fraction: 0 });
    expect(progress.some((loading) => loading?.text.startsWith('Fitting labels'))).toBe(true);
    const fractions = progress.map((loading) => loading?.fraction ?? 0);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(harness.host.status()).toMatchObject({ loaded: [EMBED_MODEL], loading: null, error: null, lastLoad: { modelId: EMBED_MODEL } });
    expect(harness.calls.loads).toEqual([EMBED_MODEL]);
  });

  it.each([
    ['no WebGPU', { gpu: { webgpu: false, shaderF16: false, adapter: null } }, 'no-webgpu', 'Your browser has no WebGPU, so the coach keeps using its built-in classifier.'],
    ['no network', { loadError: new TypeError('Failed to fetch') }, 'network', 'The model could not be downloaded'],
    ['out of memory', { loadError: new Error('Out of memory: failed to allocate buffer') }, 'out-of-memory', 'ran out of memory'],
    ['device lost', { loadError: Object.assign(new Error('Device was lost'), { name: 'DeviceLostError' }) }, 'device-lost', 'stopped responding'],
  ] as const)('says plainly when loading fails: %s', async (_name, options, kind, message) => {
    const harness = hostWith(options);
    await loaded(harness);
    const status = harness.host.status();
    expect(status.loaded).toEqual([]);
    expect(status.loading).toBeNull();
    expect(status.error).toMatchObject({ kind, modelId: EMBED_MODEL });
    expect(status.error?.message).toContain(message);
    expect(harness.events.at(-1)?.status.error?.kind).toBe(kind);
  });

  it('refuses a model that needs shader-f16 on a GPU without it, and a model it does not offer', async () => {
    const harness = hostWith({ gpu: { webgpu: true, shaderF16: false, adapter: 'Old GPU' } });
    await loaded(harness, F16_MODEL);
    expect(harness.host.status().error?.kind).toBe('no-shader-f16');
    await loaded(harness, 'Llama-3-70B-q4f16_1-MLC');
    expect(harness.host.status().error?.kind).toBe('unknown-model');
    expect(harness.calls.loads).toEqual([]);
  });

  it('in a store build, offers a model without a packaged library as unavailable and never loads it, not even from the cache', async () => {
    const records = FAKE_RECORDS.map((record) => (record.model_id === EMBED_MODEL ? { ...record, unavailable: 'library-not-packaged' as const } : record));
    const harness = hostWith({ cached: [EMBED_MODEL] }, records);
    const listed = await harness.ask({ type: 'list-models' });
    if (!listed.ok || !('models' in listed)) throw new Error('expected models');
    expect(listed.models.find((model) => model.modelId === EMBED_MODEL)?.unavailable).toBe('library-not-packaged');
    expect(listed.models.find((model) => model.modelId === DEBRIEF_MODEL)?.unavailable).toBeNull();
    await loaded(harness);
    expect(harness.host.status().error).toMatchObject({ kind: 'library-not-packaged', modelId: EMBED_MODEL });
    expect(harness.host.status().error?.message).toContain('The coach keeps using its built-in classifier.');
    expect(await harness.refine()).toMatchObject({ ok: false, reason: 'unavailable', error: { kind: 'library-not-packaged' } });
    expect(harness.calls.loads).toEqual([]);
  });

  it('refines with a loaded labels model: model-tier labels and the engine time', async () => {
    const harness = hostWith();
    await loaded(harness);
    const reply = await harness.refine();
    expect(reply).toMatchObject({ ok: true, labels: [{ utteranceId: 'u1', label: { role: 'rep', tier: 'model' } }] });
    expect((reply as { engineMs: number }).engineMs).toBeGreaterThan(0);
  });

  it('answers "loading" while the model loads', async () => {
    let release = () => {};
    const harness = hostWith({ loadGate: new Promise<void>((resolve) => (release = resolve)) });
    await harness.ask({ type: 'load', modelId: EMBED_MODEL, allowDownload: true });
    await settle();
    expect(await harness.refine()).toMatchObject({ ok: false, reason: 'loading', retryAfterMs: MODEL_TIER_SETTINGS.refinement.loadingRetryMs });
    release();
  });

  it('loads a downloaded model on the first refine of a call, without downloading anything', async () => {
    const harness = hostWith({ cached: [EMBED_MODEL] });
    expect(await harness.refine()).toMatchObject({ ok: false, reason: 'loading' });
    for (let i = 0; i < 100 && harness.host.status().loaded.length === 0; i++) await settle();
    expect(await harness.refine()).toMatchObject({ ok: true });
  });

  it('never downloads for a refine: a model not downloaded is unavailable', async () => {
    const harness = hostWith();
    const reply = await harness.refine();
    expect(reply).toMatchObject({ ok: false, reason: 'unavailable', error: { kind: 'not-downloaded' } });
    expect(harness.calls.loads).toEqual([]);
  });

  it('drops a model whose device is lost mid-call and stays unavailable until asked again', async () => {
    const harness = hostWith();
    await loaded(harness);
    harness.runtimeOptions.embedError = Object.assign(new Error('Device was lost'), { name: 'DeviceLostError' });
    expect(await harness.refine()).toMatchObject({ ok: false, reason: 'unavailable', error: { kind: 'device-lost' } });
    expect(harness.host.status()).toMatchObject({ loaded: [], error: { kind: 'device-lost' } });
    expect(harness.calls.unloads).toEqual([EMBED_MODEL]);
    expect(await harness.refine()).toMatchObject({ ok: false, reason: 'unavailable', error: { kind: 'device-lost' } });
  });

  it('runs one job at a time', async () => {
    const gates: Array<() => void> = [];
    const harness = hostWith();
    await loaded(harness);
    harness.runtimeOptions.embedGate = () => new Promise<void>((resolve) => gates.push(resolve));
    const replies = [harness.refine(), harness.refine(), harness.refine()];
    for (let i = 0; i < 3; i++) {
      await settle();
      expect(gates).toHaveLength(i + 1);
      gates[i]();
    }
    expect((await Promise.all(replies)).every((reply) => reply.ok)).toBe(true);
    expect(harness.calls.maxActiveJobs).toBe(1);
  });

  it('unloads after the idle time, re-armed by every job', async () => {
    const harness = hostWith();
    await loaded(harness);
    expect(harness.timers.map((timer) => timer.ms)).toEqual([MODEL_TIER_SETTINGS.idleUnloadMinutes * 60_000]);
    const armedAtLoad = harness.timers[0];
    await harness.refine();
    expect(harness.timers).toHaveLength(1);
    expect(harness.timers[0]).not.toBe(armedAtLoad);
    harness.timers[0].run();
    await settle();
    expect(harness.calls.unloads).toEqual([EMBED_MODEL]);
    expect(harness.host.status().loaded).toEqual([]);
    expect(harness.events.at(-1)?.reason).toBe('idle-unload');
  });

  it('writes the debrief with the debrief model and checks it against the call', async () => {
    const { utterances, debrief } = sampleCall();
    const answer = { wentWell: [{ at: '00:30', quote: 'What are you using for ticket routing', text: 'You started with their setup.' }], tryInstead: { say: 'What does a weekend backlog cost you on Monday?' } };
    const harness = hostWith({ cached: [DEBRIEF_MODEL], generate: () => JSON.stringify(answer) });
    const reply = await harness.ask({ type: 'write-debrief', modelId: DEBRIEF_MODEL, debrief, utterances });
    expect(reply).toMatchObject({ ok: true, debrief: { writtenBy: 'model' } });
    expect(harness.calls.prompts[0].user).toContain('[00:30] Rep (Sam)');
    expect(harness.calls.prompts[0].schema).toMatchObject({ type: 'object' });
  });

  it('rejects an invented or unparsable debrief, and needs the model downloaded', async () => {
    const { utterances, debrief } = sampleCall();
    const garbled = hostWith({ cached: [DEBRIEF_MODEL], generate: () => '{"wentWell": [' });
    expect(await garbled.ask({ type: 'write-debrief', modelId: DEBRIEF_MODEL, debrief, utterances })).toMatchObject({ ok: false, reason: 'rejected' });
    const missing = hostWith();
    expect(await missing.ask({ type: 'write-debrief', modelId: DEBRIEF_MODEL, debrief, utterances })).toMatchObject({
      ok: false,
      reason: 'unavailable',
      error: { kind: 'not-downloaded' },
    });
  });

  it('deletes a download, unloading it first', async () => {
    const harness = hostWith();
    await loaded(harness);
    const reply = await harness.ask({ type: 'delete', modelId: EMBED_MODEL });
    expect(reply).toMatchObject({ ok: true, status: { loaded: [] } });
    expect(harness.calls.unloads).toEqual([EMBED_MODEL]);
    expect(harness.calls.deleted).toEqual([EMBED_MODEL]);
  });
});
