// The engine home's models: which are loaded, which one is loading (with progress), the last failure, and the
// idle timer that unloads everything when no job has run for a while. One load runs at a time. A labels model is
// "loaded" only once its heads are fitted, so refinement never sees a half-ready model.
import type { Corpus } from '../classifier/corpus';
import type { HomeStatus, ModelErrorInfo } from './messages';
import type { PrebuiltModelRecord } from './model-catalog';
import { catalogChoiceFor, needsShaderF16 } from './model-catalog';
import type { ModelTierSettings } from './model-tier-settings';
import { ModelTierError, toModelTierError, type GpuReport, type LoadedModel, type ModelRuntime } from './model-runtime';
import { createLabelRefiner, type LabelRefiner } from './label-refiner';

export interface LoadedSlot {
  model: LoadedModel;
  /** Present for labels models. */
  refiner: LabelRefiner | null;
}

export interface ModelSlotsOptions {
  runtime: ModelRuntime;
  settings: ModelTierSettings;
  records: readonly PrebuiltModelRecord[];
  corpus(): Corpus;
  onChange(reason: 'progress' | 'changed' | 'idle-unload'): void;
  now(): number;
  setTimer(run: () => void, ms: number): () => void;
}

interface PendingLoad {
  checked: Promise<void>;
  done: Promise<LoadedSlot>;
}

/** Share of the progress bar given to downloading and loading; fitting the label heads takes the rest. */
const LOAD_SHARE_FOR_LABELS = 0.9;

export function createModelSlots(options: ModelSlotsOptions) {
  const { runtime, settings } = options;
  const loaded = new Map<string, LoadedSlot>();
  const pending = new Map<string, PendingLoad>();
  let loadChain: Promise<unknown> = Promise.resolve();
  let loading: HomeStatus['loading'] = null;
  let error: ModelErrorInfo | null = null;
  let lastLoad: HomeStatus['lastLoad'] = null;
  let gpu: GpuReport | null = null;
  let busyJobs = 0;
  let cancelIdle: (() => void) | null = null;

  const fail = (failure: ModelTierError, modelId: string | null): ModelTierError => {
    error = { kind: failure.kind, message: failure.plainMessage(), modelId };
    options.onChange('changed');
    return failure;
  };

  const probeGpu = async (): Promise<GpuReport> => {
    if (gpu) return gpu;
    try {
      gpu = await runtime.probeGpu();
    } catch {
      gpu = { webgpu: false, shaderF16: false, adapter: null };
    }
    return gpu;
  };

  /** Quick checks before any download or GPU work; throws the ModelTierError the rep should read. */
  const precheck = async (modelId: string, allowDownload: boolean) => {
    const choice = catalogChoiceFor(settings.catalog, modelId);
    const record = options.records.find((candidate) => candidate.model_id === modelId);
    if (!choice || !record) throw new ModelTierError('unknown-model', modelId);
    if (record.unavailable) throw new ModelTierError(record.unavailable, modelId);
    const report = await probeGpu();
    if (!report.webgpu) throw new ModelTierError('no-webgpu', 'navigator.gpu gave no adapter');
    if (needsShaderF16(modelId, record) && !report.shaderF16) throw new ModelTierError('no-shader-f16', modelId);
    if (!allowDownload && !(await runtime.isCached(modelId).catch(() => false))) throw new ModelTierError('not-downloaded', modelId);
    return choice;
  };

  const progress = (modelId: string, fraction: number, text: string) => {
    loading = { modelId, fraction: Math.min(Math.max(fraction, 0), 1), text: text.slice(0, 2_000) };
    options.onChange('progress');
  };

  const runLoad = async (modelId: string, purpose: 'labels' | 'debrief'): Promise<LoadedSlot> => {
    const startedAt = options.now();
    const share = purpose === 'labels' ? LOAD_SHARE_FOR_LABELS : 1;
    progress(modelId, 0, 'Starting');
    let model: LoadedModel | null = null;
    try {
      model = await runtime.load(modelId, (report) => progress(modelId, report.fraction * share, report.text));
      const refiner =
        purpose === 'labels'
          ? await createLabelRefiner(model, options.corpus(), settings, (done, total) =>
              progress(modelId, share + (1 - share) * (done / Math.max(total, 1)), `Fitting labels to the seed corpus: ${done}/${total} lines`),
            )
          : null;
      const slot = { model, refiner };
      loaded.set(modelId, slot);
      lastLoad = { modelId, ms: options.now() - startedAt };
      if (error?.modelId === modelId || error?.modelId === null) error = null;
      return slot;
    } catch (caught) {
      await model?.unload().catch(() => {});
      throw toModelTierError(caught, 'load');
    } finally {
      loading = null;
      armIdleTimer();
      options.onChange('changed');
    }
  };

  const unloadAll = async () => {
    const slots = [...loaded.values()];
    loaded.clear();
    await Promise.all(slots.map((slot) => slot.model.unload().catch(() => {})));
  };

  const armIdleTimer = () => {
    cancelIdle?.();
    cancelIdle = options.setTimer(() => {
      cancelIdle = null;
      if (busyJobs > 0 || loading) return armIdleTimer();
      if (loaded.size === 0) return;
      void unloadAll().then(() => options.onChange('idle-unload'));
    }, settings.idleUnloadMinutes * 60_000);
  };

  const begin = (modelId: string, allowDownload: boolean): PendingLoad => {
    const checked = precheck(modelId, allowDownload).catch((caught: unknown) => {
      throw fail(toModelTierError(caught, 'load'), modelId);
    });
    const done = checked
      .then((choice) => {
        const started = loadChain.then(() => runLoad(modelId, choice.purpose));
        loadChain = started.catch(() => {});
        return started.catch((caught: unknown) => {
          throw fail(toModelTierError(caught, 'load'), modelId);
        });
      })
      .finally(() => pending.delete(modelId));
    // Whoever asked observes these through `start`; a load nobody awaits must not be an unhandled rejection.
    done.catch(() => {});
    const entry = { checked: checked.then(() => undefined), done };
    entry.checked.catch(() => {});
    pending.set(modelId, entry);
    return entry;
  };

  /**
   * Starts loading a model (or joins its load in progress) once the quick checks pass; rejects at once with the
   * reason when they fail. Without `allowDownload`, only a cached model loads. `done` settles when it is ready.
   */
  const start = async (modelId: string, allowDownload: boolean): Promise<{ done: Promise<LoadedSlot> }> => {
    const existing = loaded.get(modelId);
    if (existing) return { done: Promise.resolve(existing) };
    const entry = pending.get(modelId) ?? begin(modelId, allowDownload);
    await entry.checked;
    return { done: entry.done };
  };

  return {
    probeGpu,
    start,

    async load(modelId: string, allowDownload: boolean): Promise<LoadedSlot> {
      const { done } = await start(modelId, allowDownload);
      return done;
    },

    isLoading: (modelId: string) => pending.has(modelId),
    slot: (modelId: string) => loaded.get(modelId) ?? null,
    errorFor: (modelId: string) => (error?.modelId === modelId ? error : null),

    async unload(modelId: string | null) {
      if (modelId === null) {
        await unloadAll();
        error = null;
      } else {
        const slot = loaded.get(modelId);
        loaded.delete(modelId);
        await slot?.model.unload().catch(() => {});
        if (error?.modelId === modelId) error = null;
      }
      options.onChange('changed');
    },

    /** The model stopped working mid-job (device lost): drop it and say so. */
    lose(modelId: string, failure: ModelTierError) {
      const slot = loaded.get(modelId);
      loaded.delete(modelId);
      void slot?.model.unload().catch(() => {});
      fail(failure, modelId);
    },

    /** Counts a job as running, so the idle timer does not unload under it; re-arms the timer when it ends. */
    async job<T>(work: () => Promise<T>): Promise<T> {
      busyJobs++;
      try {
        return await work();
      } finally {
        busyJobs--;
        armIdleTimer();
      }
    },

    status: (): HomeStatus => ({ gpu, loaded: [...loaded.keys()], loading, error, lastLoad }),
  };
}

export type ModelSlots = ReturnType<typeof createModelSlots>;
