import { describe, expect, it } from 'vitest';
import { closeWhenIdle, createOffscreenHome, type OffscreenBrowser } from './model-offscreen';

function fakeBrowser(options: { failFirstSend?: boolean; unansweredSends?: number; neverAnswers?: boolean } = {}) {
  let open = false;
  const created: unknown[] = [];
  const sent: unknown[] = [];
  let closes = 0;
  let sends = 0;
  const api: OffscreenBrowser = {
    runtime: {
      getURL: (path) => `chrome-extension://ext${path}`,
      getContexts: async () => (open ? [{ contextType: 'OFFSCREEN_DOCUMENT' }] : []),
      sendMessage: async (message) => {
        sends++;
        if (options.failFirstSend && sends === 1) throw new Error('Could not establish connection. Receiving end does not exist.');
        // Only another extension page heard it (the document is not listening yet): nobody answers.
        if (options.neverAnswers || sends <= (options.unansweredSends ?? 0)) return undefined;
        sent.push(message);
        return { ok: true };
      },
    },
    offscreen: {
      createDocument: async (parameters) => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        if (open) throw new Error('Only a single offscreen document may be created.');
        created.push(parameters);
        open = true;
      },
      closeDocument: async () => {
        closes++;
        open = false;
      },
    },
  };
  return { api, created, sent, closes: () => closes, isOpen: () => open, sends: () => sends };
}

const status = { channel: 'model-tier-event', reason: 'idle-unload', status: { gpu: null, loaded: [], loading: null, error: null, lastLoad: null } };

describe('offscreen model home', () => {
  it('creates one document for concurrent requests, with the WORKERS reason', async () => {
    const browser = fakeBrowser();
    const home = createOffscreenHome(browser.api, async () => {});
    await Promise.all([home.send({ channel: 'model-home', type: 'status' }), home.send({ channel: 'model-home', type: 'list-models' })]);
    expect(browser.created).toEqual([{ url: 'chrome-extension://ext/offscreen.html', reasons: ['WORKERS'], justification: expect.stringContaining('WebGPU') }]);
    expect(browser.sent).toHaveLength(2);
  });

  it('retries when the new document has no listener yet', async () => {
    const browser = fakeBrowser({ failFirstSend: true });
    const home = createOffscreenHome(browser.api, async () => {});
    expect(await home.send({ channel: 'model-home', type: 'status' })).toEqual({ ok: true });
  });

  it('retries when only other extension pages heard the request and nobody answered, until the document does', async () => {
    const browser = fakeBrowser({ unansweredSends: 4 });
    const waits: number[] = [];
    const home = createOffscreenHome(browser.api, async (ms) => void waits.push(ms));
    expect(await home.send({ channel: 'model-home', type: 'list-models' })).toEqual({ ok: true });
    expect(browser.sends()).toBe(5);
    expect(waits).toHaveLength(4);
  });

  it('gives up after a bounded number of unanswered sends and hands back what it got', async () => {
    const browser = fakeBrowser({ neverAnswers: true });
    const home = createOffscreenHome(browser.api, async () => {});
    expect(await home.send({ channel: 'model-home', type: 'status' })).toBeUndefined();
    expect(browser.sends()).toBeGreaterThan(1);
    expect(browser.sends()).toBeLessThanOrEqual(30);
  });

  it('closes the document after an idle unload, not while anything is loaded', async () => {
    const browser = fakeBrowser();
    const home = createOffscreenHome(browser.api, async () => {});
    await home.send({ channel: 'model-home', type: 'status' });
    expect(closeWhenIdle(home, { ...status, status: { ...status.status, loaded: ['m'] } })).toBe(false);
    expect(closeWhenIdle(home, { ...status, reason: 'changed' })).toBe(false);
    expect(closeWhenIdle(home, { channel: 'model-tier', type: 'status' })).toBe(false);
    expect(closeWhenIdle(home, status)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(browser.closes()).toBe(1);
    expect(browser.isOpen()).toBe(false);
  });
});
