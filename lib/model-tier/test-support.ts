// Test doubles for the model tier: a fake engine with a hashed bag-of-words "embedding" (good enough for the label
// heads to learn something real from the seed corpus), scripted generation, and switches for every failure the
// real engine has. Plus the seed corpus read from disk and a scripted call with its template debrief.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { addCorpusFile, emptyCorpus, type Corpus } from '../classifier/corpus';
import { normalizeText } from '../classifier/normalize';
import { stableHash } from '../classifier/split';
import type { Debrief } from '../engine/analysis-types';
import { buyer, playCall, rep } from '../engine/scripted-call';
import type { LabeledUtterance } from '../types';
import type { PrebuiltModelRecord } from './model-catalog';
import type { GpuReport, JsonGenerationRequest, LoadedModel, LoadProgress, ModelRuntime } from './model-runtime';

export const EMBED_MODEL = 'snowflake-arctic-embed-s-q0f32-MLC-b4';
export const DEBRIEF_MODEL = 'Qwen2.5-1.5B-Instruct-q4f16_1-MLC';
export const F16_MODEL = 'Qwen2.5-0.5B-Instruct-q4f16_1-MLC';

export const FAKE_RECORDS: PrebuiltModelRecord[] = [
  { model_id: EMBED_MODEL, vram_required_MB: 238.71 },
  { model_id: 'snowflake-arctic-embed-m-q0f32-MLC-b4', vram_required_MB: 539.4 },
  { model_id: DEBRIEF_MODEL, vram_required_MB: 1629.75, low_resource_required: true },
  { model_id: F16_MODEL, vram_required_MB: 944.62, required_features: ['shader-f16'] },
];

const DIMS = 512;

/** Words and word pairs hashed into a fixed-size count vector. */
export function hashedEmbedding(text: string): number[] {
  const vector = new Array<number>(DIMS).fill(0);
  const words = normalizeText(text).split(' ').filter(Boolean);
  const grams = [...words, ...words.slice(1).map((word, index) => `${words[index]}_${word}`)];
  for (const gram of grams) vector[stableHash(gram) % DIMS] += 1;
  return vector;
}

export interface FakeRuntimeOptions {
  gpu?: GpuReport;
  cached?: string[];
  /** Thrown by load() after its progress reports. */
  loadError?: unknown;
  /** Thrown by embed() while set. Options are read at call time, so a test can set this after loading. */
  embedError?: unknown;
  /** The text generateJson answers with. */
  generate?(request: JsonGenerationRequest): string;
  /** load() waits for this before finishing, so tests can look at a load in progress. */
  loadGate?: Promise<void>;
  /** embed() waits for this while set. */
  embedGate?(): Promise<void>;
}

export function fakeRuntime(options: FakeRuntimeOptions = {}) {
  const cached = new Set(options.cached ?? []);
  const calls = { loads: [] as string[], unloads: [] as string[], deleted: [] as string[], embeds: 0, activeJobs: 0, maxActiveJobs: 0, prompts: [] as JsonGenerationRequest[] };

  const track = async <T>(work: () => Promise<T>): Promise<T> => {
    calls.activeJobs++;
    calls.maxActiveJobs = Math.max(calls.maxActiveJobs, calls.activeJobs);
    try {
      return await work();
    } finally {
      calls.activeJobs--;
    }
  };

  const runtime: ModelRuntime = {
    probeGpu: async () => options.gpu ?? { webgpu: true, shaderF16: true, adapter: 'Fake GPU' },
    async load(modelId, onProgress: (progress: LoadProgress) => void): Promise<LoadedModel> {
      calls.loads.push(modelId);
      onProgress({ fraction: 0.25, text: 'Fetching param cache[1/4]' });
      onProgress({ fraction: 0.5, text: 'Fetching param cache[2/4]' });
      await options.loadGate;
      if (options.loadError !== undefined) throw options.loadError;
      cached.add(modelId);
      return {
        modelId,
        embed: (texts) =>
          track(async () => {
            calls.embeds++;
            if (options.embedError !== undefined) throw options.embedError;
            await options.embedGate?.();
            return texts.map(hashedEmbedding);
          }),
        generateJson: (request) =>
          track(async () => {
            calls.prompts.push(request);
            return options.generate ? options.generate(request) : '{}';
          }),
        unload: async () => void calls.unloads.push(modelId),
      };
    },
    isCached: async (modelId) => cached.has(modelId),
    deleteCached: async (modelId) => {
      calls.deleted.push(modelId);
      cached.delete(modelId);
    },
  };
  return { runtime, calls };
}

let seedCorpus: Corpus | undefined;

/** seeds/corpus/*.jsonl, read once. */
export function seedCorpusFromDisk(): Corpus {
  if (seedCorpus) return seedCorpus;
  const directory = path.resolve(import.meta.dirname, '../../seeds/corpus');
  const corpus = emptyCorpus();
  const seen = new Set<string>();
  for (const file of readdirSync(directory).sort()) addCorpusFile(corpus, file, readFileSync(path.join(directory, file), 'utf8'), seen);
  seedCorpus = corpus;
  return corpus;
}

/** A short discovery call with strengths and a coaching opportunity, and the template debrief the engine writes. */
export function sampleCall(): { utterances: LabeledUtterance[]; debrief: Debrief } {
  const lines = [
    rep(5, "Thanks for making the time, Dana. Here's how I'd suggest we use our thirty minutes: I ask about what's going on, you ask me anything, and at the end we decide together if a next step makes sense. Does that work?", 'other'),
    buyer(20, 'Sure, that works for me.'),
    rep(30, 'What are you using for ticket routing today?', 'situation'),
    buyer(36, 'Mostly a shared inbox and a spreadsheet that Priya maintains by hand.'),
    rep(60, 'Where does that process break down for your team?', 'problem'),
    buyer(66, 'Tickets sit unassigned over the weekend and the backlog piles up by Monday.'),
    rep(120, 'Our platform routes every ticket automatically and has a dashboard your managers will love.', 'pitch'),
    buyer(140, 'That sounds more expensive than what we set aside for this.', 'budget'),
    rep(150, 'We can work something out on price if you sign this quarter.', 'pitch'),
    rep(200, "I'll send over some information after the call.", 'other'),
  ];
  const core = playCall(lines);
  const debrief = core.report({ callId: 'c1', platform: 'demo', title: 'Acme', repName: 'Sam', startedAt: Date.UTC(2025, 0, 6, 15) }).debrief;
  return { utterances: core.utterances(), debrief };
}
