// vendor/model-libs/: the model libraries `npm run fetch-model-libs` downloaded and their manifest, as the build
// finds them (wxt.config.ts copies them into the package). Reading checks everything the package will rely on: the
// manifest's shape, every listed file present with the checksum the manifest gives, and every library fetched from
// the URL the installed web-llm names for its model. Node-only.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  MODEL_LIBS_MANIFEST_FILE,
  parsePackagedModelLibraries,
  type ModelLibraryRecord,
  type PackagedModelLibraries,
} from '../../lib/model-tier/packaged-model-libraries';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const VENDOR_MODEL_LIBS_DIR = path.join(root, 'vendor/model-libs');

const AGAIN = 'run `npm run fetch-model-libs` again';

/** The Subresource Integrity string web-llm verifies: "sha256-" and the base64 SHA-256 of the bytes. */
export function sha256Integrity(bytes: Uint8Array): string {
  return `sha256-${createHash('sha256').update(bytes).digest('base64')}`;
}

export interface VendoredModelLibraries {
  manifest: PackagedModelLibraries;
  manifestPath: string;
  /** Each distinct library file once. */
  files: Array<{ file: string; absolutePath: string }>;
}

/**
 * The vendored libraries, checked; null when the folder has no manifest (nothing fetched). `records` are the
 * installed web-llm's model records. Throws an Error with one plain sentence for the first problem.
 */
export function readVendoredModelLibraries(records: readonly ModelLibraryRecord[], dir = VENDOR_MODEL_LIBS_DIR): VendoredModelLibraries | null {
  const manifestPath = path.join(dir, MODEL_LIBS_MANIFEST_FILE);
  const shown = path.relative(root, manifestPath) || manifestPath;
  if (!existsSync(manifestPath)) return null;
  let manifest: PackagedModelLibraries;
  try {
    manifest = parsePackagedModelLibraries(JSON.parse(readFileSync(manifestPath, 'utf8')));
  } catch (error) {
    throw new Error(`${shown}: ${error instanceof Error ? error.message : String(error)}; ${AGAIN}`);
  }
  for (const library of manifest.libraries) {
    const record = records.find((candidate) => candidate.model_id === library.modelId);
    if (!record) throw new Error(`${shown}: ${library.modelId} is not in the installed web-llm's model list; ${AGAIN}`);
    if (record.model_lib !== library.source) {
      throw new Error(
        `${shown}: the library of ${library.modelId} was fetched from ${library.source}, but the installed web-llm loads ${record.model_lib} (another web-llm version); ${AGAIN}`,
      );
    }
  }
  const files: VendoredModelLibraries['files'] = [];
  for (const library of manifest.libraries) {
    if (files.some((known) => known.file === library.file)) continue;
    const absolutePath = path.join(dir, library.file);
    if (!existsSync(absolutePath)) throw new Error(`${shown} lists ${library.file}, which is not in ${path.relative(root, dir) || dir}; ${AGAIN}`);
    const found = sha256Integrity(readFileSync(absolutePath));
    if (found !== library.integrity) {
      throw new Error(`${library.file} does not match its checksum in ${shown} (expected ${library.integrity}, found ${found}); ${AGAIN}`);
    }
    files.push({ file: library.file, absolutePath });
  }
  return { manifest, manifestPath, files };
}
