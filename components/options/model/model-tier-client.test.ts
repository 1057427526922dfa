import { describe, expect, it } from 'vitest';
import { createModelTierClient, ModelTierRequestError, type RuntimeLike } from './model-tier-client';
import { formatMegabytes } from './model-tier-view';

const status = { supported: true, enabled: { labels: null, debrief: null }, gpu: null, loaded: [], loading: null, error: null, lastLoad: null };

function runtime(reply: unknown) {
  const sent: unknown[] = [];
  const listeners: Array<(message: unknown) => void> = [];
  const fake: RuntimeLike = {
    sendMessage: async (message) => (sent.push(message), reply),
    onMessage: { addListener: (listener) => listeners.push(listener), removeListener: (listener) => listeners.splice(listeners.indexOf(listener), 1) },
  };
  return { fake, sent, listeners };
}

describe('model tier client', () => {
  it('sends typed requests and returns the parsed status', async () => {
    const { fake, sent } = runtime({ ok: true, status });
    const client = createModelTierClient(fake);
    expect(await client.enable('m')).toEqual(status);
    expect(sent).toEqual([{ channel: 'model-tier', type: 'enable', modelId: 'm' }]);
  });

  it('throws the tier reason, or says the extension did not answer', async () => {
    await expect(createModelTierClient(runtime({ ok: false, reason: 'unsupported', message: 'Not here.' }).fake).status()).rejects.toThrow('Not here.');
    await expect(createModelTierClient(runtime(undefined).fake).listModels()).rejects.toBeInstanceOf(ModelTierRequestError);
    await expect(createModelTierClient(runtime({ ok: true, status: 'odd' }).fake).unload()).rejects.toThrow(/does not understand/);
  });

  it('passes on the home status events only, until unsubscribed', () => {
    const { fake, listeners } = runtime(null);
    const seen: string[] = [];
    const unsubscribe = createModelTierClient(fake).onHomeStatus((_status, reason) => seen.push(reason));
    const event = { channel: 'model-tier-event', reason: 'changed', status: { gpu: null, loaded: [], loading: null, error: null, lastLoad: null } };
    listeners.forEach((listener) => listener(event));
    listeners.forEach((listener) => listener({ channel: 'model-home', type: 'status' }));
    unsubscribe();
    expect(seen).toEqual(['changed']);
    expect(listeners).toHaveLength(0);
  });

  it('formats sizes', () => {
    expect(formatMegabytes(132)).toBe('132 MB');
    expect(formatMegabytes(1630)).toBe('1.6 GB');
  });
});
