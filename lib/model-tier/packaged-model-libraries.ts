// Model libraries shipped inside the extension package. Each web-llm model needs its compiled model library (a
// .wasm file with the model's GPU kernels) next to its weights. web-llm's prebuilt list points the libraries at
// raw.githubusercontent.com, and the Chrome Web Store counts remotely hosted WebAssembly as remote code; the weights
// (Hugging Face) are data and may stay remote. So:
//  - `npm run fetch-model-libs` downloads the catalog's libraries into vendor/model-libs/ with the manifest below
//    (planModelLibraryDownloads, packagedModelLibrariesManifest);
//  - the Chrome build copies them into the package's model-libs/ after checking every checksum (wxt.config.ts);
//  - the offscreen document reads the packaged manifest and points web-llm's records at the packaged files, with
//    their checksums for web-llm to verify (withPackagedModelLibraries); a store build (`WXT_MODEL_LIBS=packaged-only`)
//    marks every model without a packaged library unavailable instead of letting web-llm download one.
// Plain code: no fetch, no file system, no web-llm import.
import { z } from 'zod/mini';
import { boundedId } from '../schema-parts';
import type { ModelErrorKind } from './model-tier-settings';

/** Where the libraries and their manifest sit in the extension package. */
export const MODEL_LIBS_PACKAGE_DIR = 'model-libs';
export const MODEL_LIBS_MANIFEST_FILE = 'model-libs.json';
export const MODEL_LIBS_MANIFEST_PATH = `${MODEL_LIBS_PACKAGE_DIR}/${MODEL_LIBS_MANIFEST_FILE}`;

/**
 * Whether a build may let web-llm download a model library: `packaged-only` for store builds (`npm run zip:store`,
 * which sets WXT_MODEL_LIBS=packaged-only), `remote-allowed` for every other build.
 */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the list exists to name the type below
const MODEL_LIBRARY_POLICIES = ['remote-allowed', 'packaged-only'] as const;
export type ModelLibraryPolicy = (typeof MODEL_LIBRARY_POLICIES)[number];

/** The policy from the build's WXT_MODEL_LIBS variable: unset or empty allows remote libraries. */
export function modelLibraryPolicyFrom(setting: string | undefined): ModelLibraryPolicy {
  if (setting === undefined || setting === '') return 'remote-allowed';
  if (setting === 'packaged-only') return 'packaged-only';
  throw new Error(`WXT_MODEL_LIBS must be "packaged-only" or unset, not "${setting}"`);
}

/** A plain file name in model-libs/: no folders, no "..", ends in .wasm. */
const LIBRARY_FILE_NAME = /^[A-Za-z0-9][\w.-]*\.wasm$/;
/** Where web-llm's prebuilt libraries are hosted, and so every library source: https only. */
const HTTPS_URL = /^https:\/\/\S+$/;
/** Subresource Integrity with SHA-256, the form web-llm verifies ("sha256-" and 44 base64 characters). */
const SHA256_SRI = /^sha256-[A-Za-z0-9+/]{43}=$/;

const packagedModelLibrarySchema = z.object({
  modelId: boundedId,
  /** The file's name in vendor/model-libs/ and in the package's model-libs/. */
  file: z.string().check(z.regex(LIBRARY_FILE_NAME, 'must be a plain .wasm file name')),
  /** "sha256-BASE64" of the file. */
  integrity: z.string().check(z.regex(SHA256_SRI, 'must be "sha256-" and a base64 SHA-256 digest')),
  /** The URL it was downloaded from: web-llm's `model_lib` for this model when it was fetched. */
  source: z.string().check(z.regex(HTTPS_URL, 'must be an https URL')),
});

export const packagedModelLibrariesSchema = z.object({
  version: z.literal(1),
  libraries: z.array(packagedModelLibrarySchema).check(z.maxLength(500)),
});

export type PackagedModelLibraries = z.infer<typeof packagedModelLibrariesSchema>;

/** Validates a manifest; throws an Error whose message names the first problems found. */
export function parsePackagedModelLibraries(raw: unknown): PackagedModelLibraries {
  const parsed = packagedModelLibrariesSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 3).map((issue) => `${issue.path.join('.') || 'the manifest'}: ${issue.message}`);
    throw new Error(`not a valid model library manifest (${problems.join('; ')})`);
  }
  const seenModels = new Set<string>();
  const integrityByFile = new Map<string, string>();
  for (const library of parsed.data.libraries) {
    if (seenModels.has(library.modelId)) throw new Error(`not a valid model library manifest (${library.modelId} is listed twice)`);
    seenModels.add(library.modelId);
    const known = integrityByFile.get(library.file);
    if (known !== undefined && known !== library.integrity) {
      throw new Error(`not a valid model library manifest (${library.file} is listed with two different checksums)`);
    }
    integrityByFile.set(library.file, library.integrity);
  }
  return parsed.data;
}

/** The fields of web-llm's ModelRecord that say where a model's library comes from and how it is checked. */
export interface ModelLibraryRecord {
  model_id: string;
  model_lib: string;
  /** web-llm's ModelIntegrity: SRI strings it verifies after loading each file. */
  integrity?: { model_lib?: string; config?: string; tokenizer?: Record<string, string>; onFailure?: 'error' | 'warn' };
}

/** One file to download; several models may share a library. */
export interface ModelLibraryDownload {
  source: string;
  file: string;
  modelIds: string[];
}

/**
 * Which library URL goes to which file in vendor/model-libs/, for the given models (the seed catalog). Throws when a
 * model is not in the records (the installed web-llm does not know it), its library is not an https URL, or two
 * different URLs would land in the same file.
 */
export function planModelLibraryDownloads(modelIds: readonly string[], records: readonly ModelLibraryRecord[]): ModelLibraryDownload[] {
  const downloads = new Map<string, ModelLibraryDownload>();
  const sourceByFile = new Map<string, string>();
  for (const modelId of modelIds) {
    const record = records.find((candidate) => candidate.model_id === modelId);
    if (!record) throw new Error(`${modelId} is not in the installed web-llm's prebuilt model list`);
    const source = record.model_lib;
    if (!HTTPS_URL.test(source)) throw new Error(`${modelId}: its model library "${source}" is not an https URL`);
    const file = decodeURIComponent(new URL(source).pathname.split('/').pop() ?? '');
    if (!LIBRARY_FILE_NAME.test(file)) throw new Error(`${modelId}: its model library ${source} does not end in a plain .wasm file name`);
    const claimedBy = sourceByFile.get(file);
    if (claimedBy !== undefined && claimedBy !== source) throw new Error(`two model libraries would both be saved as ${file}: ${claimedBy} and ${source}`);
    sourceByFile.set(file, source);
    const download = downloads.get(source) ?? { source, file, modelIds: [] };
    if (!download.modelIds.includes(modelId)) download.modelIds.push(modelId);
    downloads.set(source, download);
  }
  return [...downloads.values()];
}

/** The manifest for downloaded libraries, one entry per model, in download order. */
export function packagedModelLibrariesManifest(downloaded: ReadonlyArray<ModelLibraryDownload & { integrity: string }>): PackagedModelLibraries {
  return parsePackagedModelLibraries({
    version: 1,
    libraries: downloaded.flatMap(({ source, file, integrity, modelIds }) => modelIds.map((modelId) => ({ modelId, file, integrity, source }))),
  });
}

const WASM_MAGIC = [0x00, 0x61, 0x73, 0x6d];

/** Whether bytes start like a WebAssembly module (an error page saved as .wasm does not). */
export function looksLikeWebAssembly(bytes: Uint8Array): boolean {
  return WASM_MAGIC.every((byte, index) => bytes[index] === byte);
}

/** A record as this build may use it: `unavailable` says why the model cannot be loaded here. */
export type WithLibraryAvailability<R> = R & { unavailable?: ModelErrorKind };

/**
 * web-llm's records with the packaged libraries swapped in: a record whose model has a packaged library fetched
 * from exactly the record's `model_lib` (so a library fetched for another web-llm version is never used) gets
 * `model_lib` = the packaged file's URL (`packageUrl('model-libs/<file>')`; web-llm loads a non-http library with a
 * plain fetch) and `integrity.model_lib` = its checksum, which web-llm verifies after loading. Under `packaged-only`
 * every other record is marked `unavailable: 'library-not-packaged'`, so the options page says why and the model
 * host refuses to load it; under `remote-allowed` it stays as web-llm has it.
 */
export function withPackagedModelLibraries<R extends ModelLibraryRecord>(
  records: readonly R[],
  packaged: PackagedModelLibraries | null,
  packageUrl: (packagePath: string) => string,
  policy: ModelLibraryPolicy,
): Array<WithLibraryAvailability<R>> {
  const libraries = packaged?.libraries ?? [];
  return records.map((record) => {
    const library = libraries.find((candidate) => candidate.modelId === record.model_id && candidate.source === record.model_lib);
    if (library) {
      return {
        ...record,
        model_lib: packageUrl(`${MODEL_LIBS_PACKAGE_DIR}/${library.file}`),
        integrity: { ...record.integrity, model_lib: library.integrity },
      };
    }
    if (policy === 'packaged-only') return { ...record, unavailable: 'library-not-packaged' as const };
    return record;
  });
}
