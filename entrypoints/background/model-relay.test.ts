import { describe, expect, it } from 'vitest';
import type { EnabledModels, HomeRequest } from '../../lib/model-tier/messages';
import { sampleCall } from '../../lib/model-tier/test-support';
import { createModelRelay, type ModelHome } from './model-relay';

const EMBED = 'snowflake-arctic-embed-s-q0f32-MLC-b4';
const DEBRIEF = 'Qwen2.5-1.5B-Instruct-q4f16_1-MLC';
const page = { id: 'ext', url: 'chrome-extension://ext/options.html' };
const meetTab = { id: 'ext', url: 'https://meet.google.com/abc-defg-hij', tab: { id: 4 } };
const homeStatus = { gpu: { webgpu: true, shaderF16: true, adapter: 'GPU' }, loaded: [], loading: null, error: null, lastLoad: null };

function relayWith(answer: (request: HomeRequest) => unknown = () => ({ ok: true, status: homeStatus }), home: 'offscreen' | 'none' = 'offscreen') {
  const sent: HomeRequest[] = [];
  let enabled: EnabledModels = { labels: null, debrief: null };
  const fakeHome: ModelHome = {
    send: async (request) => (sent.push(request), answer(request)),
    close: async () => {},
  };
  const relay = createModelRelay({
    extensionId: 'ext',
    extensionOrigin: 'chrome-extension://ext/',
    isMeetingUrl: (url) => url.startsWith('https://meet.google.com/'),
    home: home === 'offscreen' ? fakeHome : null,
    enabled: { get: async () => enabled, set: async (next) => void (enabled = next) },
  });
  return { relay, sent, enabled: () => enabled };
}

const request = (body: Record<string, unknown>) => ({ channel: 'model-tier', ...body });
const refineLines = [{ utteranceId: 'u1', role: 'rep', text: 'where does it break' }];

describe('model relay', () => {
  it('answers status with what the rep enabled', async () => {
    const { relay } = relayWith();
    expect(await relay.handle(request({ type: 'status' }), page)).toEqual({
      ok: true,
      status: { ...homeStatus, supported: true, enabled: { labels: null, debrief: null } },
    });
  });

  it('on "Download and enable" remembers the model for its purpose and asks the home to download it', async () => {
    const { relay, sent, enabled } = relayWith();
    await relay.handle(request({ type: 'enable', modelId: DEBRIEF }), page);
    expect(enabled()).toEqual({ labels: null, debrief: DEBRIEF });
    expect(sent[0]).toEqual({ channel: 'model-home', type: 'load', modelId: DEBRIEF, allowDownload: true });
    expect(await relay.handle(request({ type: 'enable', modelId: 'not-offered' }), page)).toMatchObject({ ok: false, reason: 'failed' });
  });

  it('refines with the enabled labels model only, and says when none is enabled', async () => {
    const labels = { ok: true, labels: [{ utteranceId: 'u1', label: { role: 'rep', act: 'problem', confidence: 0.8, tier: 'model' } }], engineMs: 4 };
    const { relay, sent } = relayWith((home) => (home.type === 'refine-labels' ? labels : { ok: true, status: homeStatus }));
    expect(await relay.handle(request({ type: 'refine-labels', lines: refineLines }), meetTab)).toMatchObject({ ok: false, reason: 'disabled' });
    expect(sent).toEqual([]);
    await relay.handle(request({ type: 'enable', modelId: EMBED }), page);
    expect(await relay.handle(request({ type: 'refine-labels', lines: refineLines }), meetTab)).toEqual(labels);
    expect(sent.at(-1)).toEqual({ channel: 'model-home', type: 'refine-labels', modelId: EMBED, lines: refineLines });
  });

  it('lets content scripts on meeting sites refine, and nothing else', async () => {
    const { relay } = relayWith();
    expect(await relay.handle(request({ type: 'status' }), { ...page, tab: { id: 9 } })).toMatchObject({ ok: true });
    expect(relay.handle(request({ type: 'enable', modelId: EMBED }), meetTab)).toBeUndefined();
    expect(relay.handle(request({ type: 'refine-labels', lines: refineLines }), { ...meetTab, url: 'https://evil.example/' })).toBeUndefined();
    expect(relay.handle(request({ type: 'status' }), { ...page, id: 'another-extension' })).toBeUndefined();
    expect(relay.handle(request({ type: 'status' }), { id: 'ext', url: 'https://evil.example/' })).toBeUndefined();
    expect(relay.handle(request({ type: 'status' }), { id: 'ext', url: 'https://meet.google.com/abc', tab: { id: 2 } })).toBeUndefined();
    expect(relay.handle({ channel: 'capture', type: 'status' }, page)).toBeUndefined();
  });

  it('answers a malformed request on its channel with a failure', async () => {
    const { relay, sent } = relayWith();
    expect(await relay.handle(request({ type: 'refine-labels', lines: 'all of them' }), page)).toMatchObject({ ok: false, reason: 'failed' });
    expect(sent).toEqual([]);
  });

  it('passes on the home failures and covers a home that does not answer or answers nonsense', async () => {
    const loading = { ok: false, reason: 'loading', message: 'loading', retryAfterMs: 3000 };
    const { relay } = relayWith((home) => (home.type === 'refine-labels' ? loading : { ok: true, status: homeStatus }));
    await relay.handle(request({ type: 'enable', modelId: EMBED }), page);
    expect(await relay.handle(request({ type: 'refine-labels', lines: refineLines }), meetTab)).toEqual(loading);
    const silent = relayWith(() => {
      throw new Error('Could not establish connection');
    });
    expect(await silent.relay.handle(request({ type: 'status' }), page)).toMatchObject({ ok: false, reason: 'failed' });
    const odd = relayWith(() => ({ ok: true, status: 'fine' }));
    expect(await odd.relay.handle(request({ type: 'status' }), page)).toMatchObject({ ok: false, message: expect.stringContaining('malformed') });
  });

  it('on a browser without offscreen documents reports the tier unsupported in plain words', async () => {
    const { relay } = relayWith(undefined, 'none');
    expect(await relay.handle(request({ type: 'status' }), page)).toMatchObject({
      ok: true,
      status: { supported: false, error: { kind: 'unsupported-browser', message: expect.stringContaining('built-in classifier') } },
    });
    expect(await relay.handle(request({ type: 'refine-labels', lines: refineLines }), meetTab)).toMatchObject({ ok: false, reason: 'unsupported' });
  });

  it('turns off, unloads and deletes', async () => {
    const { relay, sent, enabled } = relayWith();
    await relay.handle(request({ type: 'enable', modelId: EMBED }), page);
    await relay.handle(request({ type: 'enable', modelId: DEBRIEF }), page);
    await relay.handle(request({ type: 'disable', purpose: 'labels' }), page);
    expect(enabled()).toEqual({ labels: null, debrief: DEBRIEF });
    expect(sent).toContainEqual({ channel: 'model-home', type: 'unload', modelId: EMBED });
    await relay.handle(request({ type: 'delete', modelId: DEBRIEF }), page);
    expect(enabled()).toEqual({ labels: null, debrief: null });
    expect(sent).toContainEqual({ channel: 'model-home', type: 'delete', modelId: DEBRIEF });
  });

  it('writes a debrief for the background, or gives null so the template stands', async () => {
    const { utterances, debrief } = sampleCall();
    const written = { ...debrief, writtenBy: 'model' as const };
    const { relay } = relayWith((home) => (home.type === 'write-debrief' ? { ok: true, debrief: written, engineMs: 900 } : { ok: true, status: homeStatus }));
    expect(await relay.writeDebrief(debrief, utterances)).toBeNull();
    await relay.handle(request({ type: 'enable', modelId: DEBRIEF }), page);
    expect(await relay.writeDebrief(debrief, utterances)).toEqual(written);
    const rejecting = relayWith((home) => (home.type === 'write-debrief' ? { ok: false, reason: 'rejected', message: 'quote not in call' } : { ok: true, status: homeStatus }));
    await rejecting.relay.handle(request({ type: 'enable', modelId: DEBRIEF }), page);
    expect(await rejecting.relay.writeDebrief(debrief, utterances)).toBeNull();
  });
});
