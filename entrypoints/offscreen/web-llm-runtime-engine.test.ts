// The runtime's calls into a loaded engine, against a fake that answers web-llm's own engine interface: the
// embeddings come from `embeddings.create` in input order, the debrief from `chat.completions.create` with the
// prompt, the JSON schema and the sampling settings, and a whole debrief written through the model host comes
// back grounded in the call and marked as the model's.
import { describe, expect, it } from 'vitest';
import { METHODOLOGY } from '../../lib/engine/methodology';
import { buildDebriefPrompt } from '../../lib/model-tier/debrief-prompt';
import { homeRequest } from '../../lib/model-tier/messages';
import { createModelHost } from '../../lib/model-tier/model-host';
import { MODEL_TIER_SETTINGS } from '../../lib/model-tier/model-tier-settings';
import { ModelTierError } from '../../lib/model-tier/model-runtime';
import { DEBRIEF_MODEL, EMBED_MODEL, FAKE_RECORDS, sampleCall } from '../../lib/model-tier/test-support';
import { emptyCorpus } from '../../lib/classifier/corpus';
import { fakeDebriefAnswer, fakeEmbedding, FakeWebLlmEngine } from '../../test/fakes/web-llm-engine';
import { createWebLlmRuntime, type GpuAdapterLike, type StartEngine } from './web-llm-runtime';

const adapter: GpuAdapterLike = { features: new Set(['shader-f16']), info: { description: 'Fake GPU' } };

function runtimeOverFakeEngine() {
  const engines: FakeWebLlmEngine[] = [];
  let disposed = 0;
  const startEngine: StartEngine = async (modelId, config) => {
    const engine = new FakeWebLlmEngine();
    engine.setInitProgressCallback(config.initProgressCallback);
    await engine.reload(modelId);
    engines.push(engine);
    return { engine, dispose: () => disposed++ };
  };
  const runtime = createWebLlmRuntime({ gpu: () => ({ requestAdapter: async () => adapter }), startEngine });
  return { runtime, engines, disposed: () => disposed };
}

describe('web-llm runtime over an engine', () => {
  it('embeds through embeddings.create and puts the vectors back in input order', async () => {
    const { runtime, engines } = runtimeOverFakeEngine();
    const progress: string[] = [];
    const model = await runtime.load(EMBED_MODEL, (report) => progress.push(`${report.fraction} ${report.text}`));
    expect(progress).toEqual([`1 Loaded ${EMBED_MODEL} (fake engine)`]);
    const texts = ['Where does the month-end close get stuck?', 'We lose a day every month.', 'ok'];
    expect(await model.embed(texts)).toEqual(texts.map(fakeEmbedding));
    expect(engines[0].log.embeddingRequests).toEqual([{ input: texts, model: EMBED_MODEL }]);
  });

  it('generates JSON through chat.completions.create with the prompt, schema and sampling settings', async () => {
    const { runtime, engines } = runtimeOverFakeEngine();
    const { utterances, debrief } = sampleCall();
    const prompt = buildDebriefPrompt(debrief, utterances, METHODOLOGY, MODEL_TIER_SETTINGS);
    const model = await runtime.load(DEBRIEF_MODEL, () => {});
    const answer = await model.generateJson(prompt);
    expect(answer).toBe(fakeDebriefAnswer(prompt.user, JSON.stringify(prompt.schema)));
    expect(JSON.parse(answer).wentWell[0]).toMatchObject({ at: '00:05', quote: 'Thanks for making the' });
    const [request] = engines[0].log.chatRequests;
    expect(request).toMatchObject({
      model: DEBRIEF_MODEL,
      stream: false,
      messages: [
        { role: 'system', content: prompt.system },
        { role: 'user', content: prompt.user },
      ],
      response_format: { type: 'json_object', schema: JSON.stringify(prompt.schema) },
      max_tokens: prompt.maxTokens,
      temperature: prompt.temperature,
    });
  });

  it('unloads the engine and frees its worker; an engine failure leaves as a typed error', async () => {
    const { runtime, engines, disposed } = runtimeOverFakeEngine();
    const model = await runtime.load(EMBED_MODEL, () => {});
    await model.unload();
    expect(engines[0].log.unloads).toBe(1);
    expect(disposed()).toBe(1);
    await expect(model.embed(['after unload'])).rejects.toBeInstanceOf(ModelTierError);
  });

  it('writes a debrief through the model host that is grounded in the call and marked as the model wrote it', async () => {
    const { runtime } = runtimeOverFakeEngine();
    const host = createModelHost({
      runtime: { ...runtime, isCached: async () => true },
      records: FAKE_RECORDS,
      corpus: emptyCorpus,
      methodology: METHODOLOGY,
      emit: () => {},
    });
    const { utterances, debrief } = sampleCall();
    const reply = await host.handle(homeRequest({ type: 'write-debrief', modelId: DEBRIEF_MODEL, debrief, utterances }));
    expect(reply).toMatchObject({ ok: true, debrief: { writtenBy: 'model' } });
    const written = (reply as { debrief: typeof debrief }).debrief;
    expect(written.wentWell[0].evidence[0]).toMatchObject({ atSec: 5, text: utterances.find((line) => line.startSec === 5)!.text });
    expect(written.markdown).toContain('You opened by asking the buyer about their own situation');
    expect(written.opportunities[0].tryInstead).toContain('what does that cost your team each week?');
  });
});
