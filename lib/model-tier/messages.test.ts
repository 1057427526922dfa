import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  homeRequestSchema,
  MAX_REFINE_LINES,
  modelTierEventSchema,
  modelTierRequest,
  modelTierRequestSchema,
  refineReplySchema,
} from './messages';
import { createRuntimeRefiner } from './refinement-client';

const line = { utteranceId: 'u1', role: 'rep', text: 'where does it break' };

describe('model tier messages', () => {
  it('accepts the requests the extension sends', () => {
    expect(modelTierRequestSchema.safeParse(modelTierRequest({ type: 'status' })).success).toBe(true);
    expect(modelTierRequestSchema.safeParse(modelTierRequest({ type: 'enable', modelId: 'm' })).success).toBe(true);
    expect(modelTierRequestSchema.safeParse({ channel: 'model-tier', type: 'refine-labels', lines: [line] }).success).toBe(true);
    expect(homeRequestSchema.safeParse({ channel: 'model-home', type: 'load', modelId: 'm', allowDownload: false }).success).toBe(true);
  });

  it('rejects unknown types, other channels, empty or oversized batches and bad roles', () => {
    expect(modelTierRequestSchema.safeParse({ channel: 'model-tier', type: 'format-disk' }).success).toBe(false);
    expect(modelTierRequestSchema.safeParse({ channel: 'capture', type: 'status' }).success).toBe(false);
    expect(modelTierRequestSchema.safeParse({ channel: 'model-tier', type: 'refine-labels', lines: [] }).success).toBe(false);
    const tooMany = Array.from({ length: MAX_REFINE_LINES + 1 }, (_, i) => ({ ...line, utteranceId: `u${i}` }));
    expect(modelTierRequestSchema.safeParse({ channel: 'model-tier', type: 'refine-labels', lines: tooMany }).success).toBe(false);
    expect(modelTierRequestSchema.safeParse({ channel: 'model-tier', type: 'refine-labels', lines: [{ ...line, role: 'host' }] }).success).toBe(false);
    expect(homeRequestSchema.safeParse({ channel: 'model-home', type: 'load', modelId: 'm' }).success).toBe(false);
  });

  it('accepts only model-tier labels in a refine reply', () => {
    const reply = (tier: string) => ({ ok: true, labels: [{ utteranceId: 'u1', label: { role: 'rep', act: 'problem', confidence: 0.8, tier } }], engineMs: 3 });
    expect(refineReplySchema.safeParse(reply('model')).success).toBe(true);
    expect(refineReplySchema.safeParse(reply('fast')).success).toBe(false);
    expect(refineReplySchema.safeParse({ ok: false, reason: 'loading', message: 'loading', retryAfterMs: 3000 }).success).toBe(true);
    expect(refineReplySchema.safeParse({ ok: false, reason: 'shrug', message: '' }).success).toBe(false);
  });

  it('parses status events', () => {
    const status = { gpu: null, loaded: [], loading: { modelId: 'm', fraction: 0.5, text: 'half' }, error: null, lastLoad: null };
    expect(modelTierEventSchema.safeParse({ channel: 'model-tier-event', reason: 'progress', status }).success).toBe(true);
    expect(modelTierEventSchema.safeParse({ channel: 'model-tier-event', reason: 'progress', status: { ...status, loading: { ...status.loading, fraction: 2 } } }).success).toBe(false);
  });
});

describe('runtime refiner', () => {
  it('sends a refine request and passes a valid reply through', async () => {
    const sent: unknown[] = [];
    const reply = { ok: true, labels: [{ utteranceId: 'u1', label: null }], engineMs: 4 };
    const refine = createRuntimeRefiner(async (message) => (sent.push(message), reply));
    expect(await refine([{ utteranceId: 'u1', role: 'rep', text: 'hi there' }])).toEqual(reply);
    expect(sent).toEqual([{ channel: 'model-tier', type: 'refine-labels', lines: [{ utteranceId: 'u1', role: 'rep', text: 'hi there' }] }]);
  });

  it('turns a missing background or a malformed reply into a failed request', async () => {
    const gone = createRuntimeRefiner(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    expect(await gone([line as never])).toMatchObject({ ok: false, reason: 'failed' });
    const odd = createRuntimeRefiner(async () => ({ ok: true, labels: 'many' }));
    expect(await odd([line as never])).toMatchObject({ ok: false, reason: 'failed', message: expect.stringContaining('malformed') });
  });
});

describe('the pure model tier', () => {
  it('never imports web-llm, browser APIs or the DOM, so the content script can use it', () => {
    const directory = import.meta.dirname;
    for (const file of readdirSync(directory).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && name !== 'test-support.ts')) {
      const code = readFileSync(path.join(directory, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(code, file).not.toMatch(/from ['"]@mlc-ai\/web-llm['"]|from ['"]wxt\/browser['"]|\bdocument\.|\bwindow\./);
    }
  });
});
