// The engine's home, as plain code: answers the background's `model-home` requests with an injected runtime.
// The offscreen document wires it to web-llm and chrome.runtime; tests wire it to a fake engine. Inference runs
// one job at a time (a refine batch or a debrief), so a debrief never competes with live labels for the GPU.
// Nothing here starts work on its own: models load when asked, and unload after the idle time.
import type { Corpus } from '../classifier/corpus';
import type { Methodology } from '../engine/methodology';
import { buildDebriefPrompt } from './debrief-prompt';
import { mergeModelDebrief } from './merge-model-debrief';
import type {
  DebriefReply,
  FailureReply,
  HomeRequest,
  HomeStatus,
  HomeStatusReply,
  ListModelsReply,
  RefineReply,
} from './messages';
import { buildCatalog, type PrebuiltModelRecord } from './model-catalog';
import { MODEL_TIER_SETTINGS, type ModelTierSettings } from './model-tier-settings';
import { ModelTierError, toModelTierError, type ModelRuntime } from './model-runtime';
import { createModelSlots, type LoadedSlot } from './model-slots';

export type HomeReply = HomeStatusReply | ListModelsReply | RefineReply | DebriefReply | FailureReply;

export interface ModelHostOptions {
  runtime: ModelRuntime;
  /** web-llm's prebuilt model records (prebuiltAppConfig.model_list), as data. */
  records: readonly PrebuiltModelRecord[];
  /** The seed corpus the label heads are fitted on; read when a labels model first loads. */
  corpus(): Corpus;
  methodology: Pick<Methodology, 'playbook' | 'objections'>;
  emit(reason: 'progress' | 'changed' | 'idle-unload', status: HomeStatus): void;
  settings?: ModelTierSettings;
  now?(): number;
  setTimer?(run: () => void, ms: number): () => void;
  log?(message: string): void;
}

export interface ModelHost {
  handle(request: HomeRequest): Promise<HomeReply>;
  status(): HomeStatus;
}

const defaultSetTimer = (run: () => void, ms: number) => {
  const handle = setTimeout(run, ms);
  return () => clearTimeout(handle);
};

export function createModelHost(options: ModelHostOptions): ModelHost {
  const settings = options.settings ?? MODEL_TIER_SETTINGS;
  const now = options.now ?? (() => performance.now());
  const log = options.log ?? (() => {});
  const slots = createModelSlots({
    runtime: options.runtime,
    settings,
    records: options.records,
    corpus: options.corpus,
    now,
    setTimer: options.setTimer ?? defaultSetTimer,
    onChange: (reason) => options.emit(reason, slots.status()),
  });
  let inference: Promise<unknown> = Promise.resolve();

  /** One inference job at a time, in arrival order. */
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = inference.then(() => slots.job(work));
    inference = run.catch(() => {});
    return run;
  };

  const failure = (reason: FailureReply['reason'], error?: ModelTierError, modelId: string | null = null): FailureReply => ({
    ok: false,
    reason,
    message: error ? error.plainMessage() : reason,
    ...(error ? { error: { kind: error.kind, message: error.plainMessage(), modelId } } : {}),
  });

  const statusReply = async (): Promise<HomeStatusReply> => {
    await slots.probeGpu();
    return { ok: true, status: slots.status() };
  };

  /** A model that is ready, or why not; starts a cache-only load when it can and says "loading". */
  const readySlot = async (modelId: string): Promise<LoadedSlot | FailureReply> => {
    const slot = slots.slot(modelId);
    if (slot) return slot;
    if (slots.isLoading(modelId)) return { ...failure('loading'), retryAfterMs: settings.refinement.loadingRetryMs };
    const previous = slots.errorFor(modelId);
    if (previous) return failure('unavailable', new ModelTierError(previous.kind, previous.message), modelId);
    try {
      const { done } = await slots.start(modelId, false);
      done.catch(() => {});
    } catch (caught) {
      return failure('unavailable', toModelTierError(caught, 'load'), modelId);
    }
    return slots.slot(modelId) ?? { ...failure('loading'), retryAfterMs: settings.refinement.loadingRetryMs };
  };

  const inferenceFailure = (modelId: string, caught: unknown): FailureReply => {
    const error = toModelTierError(caught, 'inference');
    log(`model ${modelId} failed: ${error.message}`);
    if (error.kind === 'inference-failed') return failure('failed', error, modelId);
    slots.lose(modelId, error);
    return failure('unavailable', error, modelId);
  };

  const refine = async (request: Extract<HomeRequest, { type: 'refine-labels' }>): Promise<RefineReply> => {
    const ready = await readySlot(request.modelId);
    if ('ok' in ready) return ready;
    if (!ready.refiner) return failure('unavailable', new ModelTierError('unknown-model', `${request.modelId} is not a labels model`), request.modelId);
    const refiner = ready.refiner;
    try {
      return await serial(async () => {
        const startedAt = now();
        const labels = await refiner.refine(request.lines);
        return { ok: true as const, labels, engineMs: now() - startedAt };
      });
    } catch (caught) {
      return inferenceFailure(request.modelId, caught);
    }
  };

  const writeDebrief = async (request: Extract<HomeRequest, { type: 'write-debrief' }>): Promise<DebriefReply> => {
    let slot: LoadedSlot;
    try {
      // After the call there is time to wait for a cached model to load.
      slot = await slots.load(request.modelId, false);
    } catch (caught) {
      return failure('unavailable', toModelTierError(caught, 'load'), request.modelId);
    }
    const prompt = buildDebriefPrompt(request.debrief, request.utterances, options.methodology, settings);
    try {
      return await serial(async () => {
        const startedAt = now();
        const raw = await slot.model.generateJson(prompt);
        const engineMs = now() - startedAt;
        const problems: string[] = [];
        const debrief = mergeModelDebrief(request.debrief, raw, request.utterances, { settings, onRejected: (found) => problems.push(...found) });
        if (debrief.writtenBy !== 'model') {
          log(`model debrief rejected: ${problems.join('; ')}`);
          return { ok: false as const, reason: 'rejected' as const, message: problems.join('; ').slice(0, 2_000) };
        }
        return { ok: true as const, debrief, engineMs };
      });
    } catch (caught) {
      return inferenceFailure(request.modelId, caught);
    }
  };

  return {
    status: slots.status,
    async handle(request) {
      switch (request.type) {
        case 'status':
          return statusReply();
        case 'list-models': {
          const cached = new Set<string>();
          for (const choice of settings.catalog) {
            if (await options.runtime.isCached(choice.modelId).catch(() => false)) cached.add(choice.modelId);
          }
          return { ok: true, models: buildCatalog(settings.catalog, options.records, cached) };
        }
        case 'load':
          slots.load(request.modelId, request.allowDownload).catch((caught: unknown) => log(`load of ${request.modelId} failed: ${String(caught)}`));
          return statusReply();
        case 'unload':
          await slots.unload(request.modelId);
          return statusReply();
        case 'delete':
          await slots.unload(request.modelId);
          try {
            await options.runtime.deleteCached(request.modelId);
          } catch (caught) {
            return failure('failed', toModelTierError(caught, 'load'), request.modelId);
          }
          return statusReply();
        case 'refine-labels':
          return refine(request);
        case 'write-debrief':
          return writeDebrief(request);
      }
    },
  };
}
