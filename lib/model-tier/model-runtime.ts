// What the model tier needs from an inference engine, as an interface: the offscreen document implements it with
// web-llm, tests with a fake. Engine failures become one typed ModelTierError whose `kind` picks the sentence the
// rep reads (seeds/model-tier wording), so every failure path ends in the same plain message and a fallback.
import { fillTemplate } from '../engine/template';
import { MODEL_TIER_SETTINGS, type ModelErrorKind } from './model-tier-settings';

export interface GpuReport {
  webgpu: boolean;
  shaderF16: boolean;
  /** The adapter's description or vendor, for the options page; null when unknown. */
  adapter: string | null;
}

export interface LoadProgress {
  /** 0–1. */
  fraction: number;
  text: string;
}

export interface JsonGenerationRequest {
  system: string;
  user: string;
  /** A JSON schema the engine constrains its output to. */
  schema: Record<string, unknown>;
  maxTokens: number;
  temperature: number;
}

export interface LoadedModel {
  readonly modelId: string;
  /** One vector per text, in order. */
  embed(texts: string[]): Promise<number[][]>;
  /** The raw text the model produced under the schema constraint; parsing and checking are the caller's. */
  generateJson(request: JsonGenerationRequest): Promise<string>;
  unload(): Promise<void>;
}

export interface ModelRuntime {
  probeGpu(): Promise<GpuReport>;
  /** Downloads what is not cached yet, then loads onto the GPU. Rejects with a ModelTierError. */
  load(modelId: string, onProgress: (progress: LoadProgress) => void): Promise<LoadedModel>;
  isCached(modelId: string): Promise<boolean>;
  deleteCached(modelId: string): Promise<void>;
}

export class ModelTierError extends Error {
  override name = 'ModelTierError';
  constructor(
    readonly kind: ModelErrorKind,
    /** What the engine said, for logs and the `{detail}` of the plain message. */
    readonly detail: string,
  ) {
    super(`${kind}: ${detail}`);
  }

  /** The sentence the rep reads. */
  plainMessage(): string {
    return plainMessageFor(this.kind, this.detail);
  }
}

export function plainMessageFor(kind: ModelErrorKind, detail = ''): string {
  return fillTemplate(MODEL_TIER_SETTINGS.wording.errors[kind], { detail: detail.slice(0, 200) });
}

/** web-llm's error classes by name (we match names, not classes, so this module never imports web-llm). */
const KIND_BY_ERROR_NAME: Record<string, ModelErrorKind> = {
  WebGPUNotAvailableError: 'no-webgpu',
  WebGPUNotFoundError: 'no-webgpu',
  ShaderF16SupportError: 'no-shader-f16',
  DeviceLostError: 'device-lost',
  ModelNotFoundError: 'unknown-model',
  QuotaExceededError: 'storage-full',
  // A file whose checksum does not match (a packaged model library, see packaged-model-libraries.ts). Matched by
  // name because its message holds the file's URL, and library names end in "-webgpu.wasm".
  IntegrityError: 'load-failed',
};

const MESSAGE_PATTERNS: Array<[RegExp, ModelErrorKind]> = [
  [/device (was )?lost|device is lost/i, 'device-lost'],
  [/out of memory|\boom\b|failed to allocate|allocation failed|exceeds? .*(memory|buffer)/i, 'out-of-memory'],
  [/quota|no space|disk is full/i, 'storage-full'],
  [/failed to fetch|networkerror|network error|cannot fetch|failed to store|load failed|err_internet|err_name_not_resolved|net::/i, 'network'],
  [/webgpu/i, 'no-webgpu'],
];

/**
 * Any engine failure as a ModelTierError. `during` says what was happening, because the same engine error means
 * different things: a "model not loaded" error during inference means the engine dropped the model (device lost).
 */
export function toModelTierError(error: unknown, during: 'load' | 'inference'): ModelTierError {
  if (error instanceof ModelTierError) return error;
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  const className = typeof error === 'object' && error !== null ? error.constructor.name : '';
  // Errors from web-llm's worker arrive as their toString(): "DeviceLostError: …".
  const nameInText = /^(\w+Error):/.exec(message)?.[1] ?? '';
  const byName = [name, className, nameInText].map((key) => (Object.hasOwn(KIND_BY_ERROR_NAME, key) ? KIND_BY_ERROR_NAME[key] : undefined)).find(Boolean);
  if (byName) return new ModelTierError(byName, message);
  if (during === 'inference' && /not loaded|ModelNotLoaded|EngineNotLoaded/i.test(`${name} ${message}`)) {
    return new ModelTierError('device-lost', message);
  }
  for (const [pattern, kind] of MESSAGE_PATTERNS) if (pattern.test(message)) return new ModelTierError(kind, message);
  return new ModelTierError(during === 'load' ? 'load-failed' : 'inference-failed', message || name || 'unknown error');
}
