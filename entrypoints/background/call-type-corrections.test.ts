import { describe, expect, it, vi } from 'vitest';
import { createCallTypeCorrections } from './call-type-corrections';

const EXTENSION = { id: 'ext-id', origin: 'chrome-extension://ext-id/' };

function corrections(retype = vi.fn(async () => {})) {
  const log = vi.fn();
  const handler = createCallTypeCorrections({ extensionId: EXTENSION.id, extensionOrigin: EXTENSION.origin, retype, log });
  return { handler, retype, log };
}

const request = { type: 'set-call-type', callId: 'c1', callType: 'pricing' };

describe('the background’s call type corrections', () => {
  it('rewrites the call for the popup or the call page and answers ok', async () => {
    const { handler, retype } = corrections();
    await expect(handler.handle(request, { id: EXTENSION.id, url: `${EXTENSION.origin}popup.html` })).resolves.toEqual({ ok: true });
    expect(retype).toHaveBeenCalledWith('c1', 'pricing');
  });

  it('answers not ok, and says why in the log, when the rewrite fails', async () => {
    const { handler, log } = corrections(vi.fn(async () => Promise.reject(new Error('disk full'))));
    await expect(handler.handle(request, { id: EXTENSION.id, url: `${EXTENSION.origin}options.html#/call/c1` })).resolves.toEqual({ ok: false });
    expect(log).toHaveBeenCalledWith(expect.stringContaining('disk full'));
  });

  it('leaves alone what is not its request, and refuses meeting pages and other extensions', () => {
    const { handler, retype } = corrections();
    expect(handler.handle({ type: 'rep-corrections' }, { id: EXTENSION.id, url: `${EXTENSION.origin}popup.html` })).toBeUndefined();
    expect(handler.handle({ ...request, callType: 'webinar' }, { id: EXTENSION.id, url: `${EXTENSION.origin}popup.html` })).toBeUndefined();
    expect(handler.handle(request, { id: EXTENSION.id, url: 'https://meet.google.com/abc-defg-hij' })).toBeUndefined();
    expect(handler.handle(request, { id: 'other-extension', url: 'chrome-extension://other-extension/popup.html' })).toBeUndefined();
    expect(retype).not.toHaveBeenCalled();
  });
});
