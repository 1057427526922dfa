// The models the options page offers: the seed's short list, joined with web-llm's prebuilt records (VRAM need,
// required GPU features) at run time so the numbers follow the installed web-llm. Records are passed in as plain
// data, so this module never imports web-llm.
import type { CatalogEntry } from './messages';
import type { CatalogChoice, ModelErrorKind } from './model-tier-settings';

/** The fields of web-llm's ModelRecord this catalog reads. */
export interface PrebuiltModelRecord {
  model_id: string;
  vram_required_MB?: number;
  low_resource_required?: boolean;
  required_features?: string[];
  /** Set when this build cannot load the model (packaged-model-libraries.ts): the failure whose sentence says why. */
  unavailable?: ModelErrorKind;
}

/** Tokenizer, config and the compiled model library come on top of the weights. */
const EXTRA_DOWNLOAD_MB = 6;

/**
 * Bits stored per weight for an MLC quantization code in a model id: q0f32 / q0f16 keep full floats; q4f16_1 and
 * q4f32_1 pack 4-bit weights with one 16/32-bit scale per group of 32, about 4.5 bits each.
 */
export function bitsPerWeight(modelId: string): number | null {
  const match = /-q(\d)f(16|32)(?:_\d)?-/.exec(`${modelId}-`);
  if (!match) return null;
  const [, weightBits, floatBits] = match;
  if (weightBits === '0') return Number(floatBits);
  return Number(weightBits) + Number(floatBits) / 32;
}

/**
 * Models computing in 16-bit floats (q4f16_*, q0f16) need the GPU's shader-f16 feature, whether or not web-llm's
 * record lists it; loading one without it fails deep inside shader compilation instead of with a clear reason.
 */
export function needsShaderF16(modelId: string, record: PrebuiltModelRecord | undefined): boolean {
  return (record?.required_features?.includes('shader-f16') ?? false) || /-q\df16(?:_\d)?-/.test(`${modelId}-`);
}

export function estimateDownloadMB(modelId: string, parametersMillions: number): number {
  const bits = bitsPerWeight(modelId) ?? 16;
  const bytes = parametersMillions * 1e6 * (bits / 8);
  return Math.round(bytes / (1024 * 1024)) + EXTRA_DOWNLOAD_MB;
}

/** Seed choices that web-llm knows, in seed order; choices missing from the installed list are left out. */
export function buildCatalog(
  choices: readonly CatalogChoice[],
  records: readonly PrebuiltModelRecord[],
  cachedModelIds: ReadonlySet<string>,
): CatalogEntry[] {
  const recordsById = new Map(records.map((record) => [record.model_id, record]));
  return choices.flatMap((choice) => {
    const record = recordsById.get(choice.modelId);
    if (!record) return [];
    return [
      {
        modelId: choice.modelId,
        purpose: choice.purpose,
        displayName: choice.displayName,
        summary: choice.summary,
        downloadMB: estimateDownloadMB(choice.modelId, choice.parametersMillions),
        vramMB: Math.round(record.vram_required_MB ?? 0),
        needsShaderF16: needsShaderF16(choice.modelId, record),
        lowResource: record.low_resource_required ?? false,
        recommended: choice.recommended,
        cached: cachedModelIds.has(choice.modelId),
        unavailable: record.unavailable ?? null,
      },
    ];
  });
}

export function catalogChoiceFor(choices: readonly CatalogChoice[], modelId: string): CatalogChoice | undefined {
  return choices.find((choice) => choice.modelId === modelId);
}
