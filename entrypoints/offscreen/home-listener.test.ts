import { describe, expect, it } from 'vitest';
import type { HomeRequest } from '../../lib/model-tier/messages';
import type { HomeReply } from '../../lib/model-tier/model-host';
import { createHomeListener } from './home-listener';

const background = { id: 'ext', url: 'chrome-extension://ext/background.js' };

function listenerWith(handle: (request: HomeRequest) => Promise<HomeReply>) {
  const handled: HomeRequest[] = [];
  const listener = createHomeListener({
    host: { handle: (request) => (handled.push(request), handle(request)) },
    extensionId: 'ext',
    backgroundUrl: background.url,
  });
  return { listener, handled };
}

const ok: HomeReply = { ok: true, status: { gpu: null, loaded: [], loading: null, error: null, lastLoad: null } };

describe('model home listener', () => {
  it('answers a valid request from the background and keeps the channel open', async () => {
    const { listener, handled } = listenerWith(async () => ok);
    const replies: unknown[] = [];
    expect(listener({ channel: 'model-home', type: 'status' }, background, (reply) => replies.push(reply))).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(handled).toEqual([{ channel: 'model-home', type: 'status' }]);
    expect(replies).toEqual([ok]);
  });

  it('ignores other senders, pages, content scripts and malformed requests', () => {
    const { listener, handled } = listenerWith(async () => ok);
    const request = { channel: 'model-home', type: 'status' };
    expect(listener(request, { ...background, id: 'other' }, () => {})).toBeUndefined();
    expect(listener(request, { id: 'ext', url: 'chrome-extension://ext/options.html' }, () => {})).toBeUndefined();
    expect(listener(request, { ...background, tab: { id: 3 } }, () => {})).toBeUndefined();
    expect(listener({ channel: 'model-home', type: 'load', modelId: 'x' }, background, () => {})).toBeUndefined();
    expect(listener({ channel: 'model-tier', type: 'status' }, background, () => {})).toBeUndefined();
    expect(handled).toEqual([]);
  });

  it('turns a host crash into a failed reply', async () => {
    const { listener } = listenerWith(async () => {
      throw new Error('boom');
    });
    const replies: unknown[] = [];
    listener({ channel: 'model-home', type: 'status' }, background, (reply) => replies.push(reply));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(replies).toEqual([{ ok: false, reason: 'failed', message: 'Error: boom' }]);
  });
});
