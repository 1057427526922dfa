// What the model panel shows, worked out from the tier's status and the catalog: one status line, the GPU line,
// the progress bar, the plain error, and per model whether "Download and enable" can work here and why not.
import type { CatalogEntry, ModelTierStatus } from '../../../lib/model-tier/messages';
import { plainMessageFor } from '../../../lib/model-tier/model-runtime';
import { MODEL_TIER_SETTINGS } from '../../../lib/model-tier/model-tier-settings';
import { fillTemplate } from '../../../lib/engine/template';
import { numberFormat, t } from '../../shared/i18n';

export interface ModelRowView {
  entry: CatalogEntry;
  enabled: boolean;
  loaded: boolean;
  loading: boolean;
  /** Why this model cannot be enabled on this computer; null when it can. */
  blockedReason: string | null;
}

export interface ModelTierView {
  statusLine: string;
  gpuLine: string | null;
  progress: { fraction: number; text: string; modelName: string } | null;
  error: string | null;
  rows: ModelRowView[];
  canUnload: boolean;
}

const wording = MODEL_TIER_SETTINGS.wording.status;

export function formatMegabytes(megabytes: number): string {
  return megabytes >= 1000
    ? numberFormat({ style: 'unit', unit: 'gigabyte', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(megabytes / 1024)
    : numberFormat({ style: 'unit', unit: 'megabyte', maximumFractionDigits: 0 }).format(megabytes);
}

function nameOf(models: readonly CatalogEntry[], modelId: string): string {
  return models.find((model) => model.modelId === modelId)?.displayName ?? modelId;
}

function blockedReason(status: ModelTierStatus, entry: CatalogEntry): string | null {
  if (!status.supported) return plainMessageFor('unsupported-browser');
  if (entry.unavailable) return plainMessageFor(entry.unavailable);
  if (status.gpu && !status.gpu.webgpu) return plainMessageFor('no-webgpu');
  if (status.gpu && entry.needsShaderF16 && !status.gpu.shaderF16) return plainMessageFor('no-shader-f16');
  return null;
}

/**
 * `checkingSlow`: the first status has taken longer than CHECKING_SLOW_MS (the offscreen document is starting and
 * the graphics adapter is being probed), so the line says what the wait is for.
 */
export function describeModelTier(status: ModelTierStatus | null, models: readonly CatalogEntry[], checkingSlow = false): ModelTierView {
  if (!status) return { statusLine: t(checkingSlow ? 'model_checking_slow' : 'model_checking'), gpuLine: null, progress: null, error: null, rows: [], canUnload: false };
  const enabledIds = [status.enabled.labels, status.enabled.debrief].filter((id): id is string => id !== null);
  const names = (ids: readonly string[]) => ids.map((id) => nameOf(models, id)).join(', ');

  let statusLine = wording.off;
  if (status.loading) {
    statusLine = fillTemplate(wording.loading, { model: nameOf(models, status.loading.modelId), percent: Math.round(status.loading.fraction * 100) });
  } else if (status.loaded.length > 0) {
    statusLine = fillTemplate(wording.ready, { models: names(status.loaded) });
  } else if (enabledIds.length > 0) {
    statusLine = fillTemplate(wording.enabledNotLoaded, { models: names(enabledIds) });
  }

  const gpu = status.gpu;
  const gpuLine = !gpu
    ? null
    : gpu.webgpu
      ? gpu.adapter
        ? t('model_gpu_available_adapter', gpu.adapter, t(gpu.shaderF16 ? 'model_yes' : 'model_no'))
        : t('model_gpu_available', t(gpu.shaderF16 ? 'model_yes' : 'model_no'))
      : t('model_gpu_missing');

  const error =
    status.error?.message ?? (!status.supported ? plainMessageFor('unsupported-browser') : gpu && !gpu.webgpu ? plainMessageFor('no-webgpu') : null);

  return {
    statusLine,
    gpuLine,
    progress: status.loading ? { fraction: status.loading.fraction, text: status.loading.text, modelName: nameOf(models, status.loading.modelId) } : null,
    error,
    rows: models.map((entry) => ({
      entry,
      enabled: enabledIds.includes(entry.modelId),
      loaded: status.loaded.includes(entry.modelId),
      loading: status.loading?.modelId === entry.modelId,
      blockedReason: blockedReason(status, entry),
    })),
    canUnload: status.loaded.length > 0,
  };
}
