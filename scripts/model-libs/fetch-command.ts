// `npm run fetch-model-libs [-- --out DIR]`: downloads the compiled model library (.wasm) of every model in the seed
// catalog (seeds/model-tier/model-tier.json), from the URL the installed web-llm names for it, into
// vendor/model-libs/ with model-libs.json (file, SRI checksum and source per model). The Chrome build then ships them
// in the package (wxt.config.ts), so a store build (`npm run zip:store`) loads no code from the network. Run it on a
// machine that can reach raw.githubusercontent.com, again after every web-llm upgrade. Everything is downloaded
// and checked before anything is written: a failed download leaves the folder as it was.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { MODEL_TIER_SETTINGS } from '../../lib/model-tier/model-tier-settings';
import {
  looksLikeWebAssembly,
  MODEL_LIBS_MANIFEST_FILE,
  packagedModelLibrariesManifest,
  planModelLibraryDownloads,
  type ModelLibraryRecord,
} from '../../lib/model-tier/packaged-model-libraries';
import { CliError, oneLine, type CliResult } from '../cli/cli-result';
import { sha256Integrity, VENDOR_MODEL_LIBS_DIR } from './vendor-model-libs';

export const FETCH_MODEL_LIBS_USAGE = 'usage: npm run fetch-model-libs [-- --out DIR]';

/** A library is a few MB; a download that has not finished after this is stuck. */
const DOWNLOAD_TIMEOUT_MS = 120_000;

/** The part of fetch this command uses. */
export type FetchLike = (url: string, init: { signal: AbortSignal }) => Promise<{ ok: boolean; status: number; statusText: string; arrayBuffer(): Promise<ArrayBuffer> }>;

export interface FetchModelLibsDependencies {
  fetch?: FetchLike;
  /** The installed web-llm's prebuilt model records unless a test passes its own. */
  records?(): Promise<readonly ModelLibraryRecord[]>;
  /** The catalog's model ids unless a test passes its own. */
  modelIds?: readonly string[];
  /** Where progress lines go while downloading (stderr in the CLI). */
  progress?(line: string): void;
}

const installedRecords = async (): Promise<readonly ModelLibraryRecord[]> => (await import('@mlc-ai/web-llm')).prebuiltAppConfig.model_list;

/** Why a fetch failed, in a few words: Node's "fetch failed" hides the reason in `cause`. */
function fetchFailure(error: unknown): string {
  if (error instanceof Error && error.name === 'TimeoutError') return `no answer within ${DOWNLOAD_TIMEOUT_MS / 1000} s`;
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  const detail = cause?.code ?? cause?.message;
  return detail ? `${oneLine(error)} (${detail})` : oneLine(error);
}

async function download(fetch: FetchLike, source: string): Promise<Uint8Array> {
  const unreachable = (reason: string) =>
    new CliError(`cannot download ${source}: ${reason}. Run this on a machine that can reach ${new URL(source).hostname}; nothing was written`);
  let response: Awaited<ReturnType<FetchLike>>;
  let bytes: Uint8Array;
  try {
    response = await fetch(source, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
    if (!response.ok) throw unreachable(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    throw error instanceof CliError ? error : unreachable(fetchFailure(error));
  }
  if (!looksLikeWebAssembly(bytes)) {
    throw new CliError(`${source} is not a WebAssembly file (${bytes.length} bytes; a proxy or error page?); nothing was written`);
  }
  return bytes;
}

function parseCommandLine(args: readonly string[]) {
  try {
    const { values, positionals } = parseArgs({ args: [...args], options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
    if (positionals.length > 0) throw new Error(`unexpected: ${positionals.join(' ')}`);
    return { outDir: path.resolve(values.out ?? VENDOR_MODEL_LIBS_DIR), help: values.help ?? false };
  } catch (error) {
    throw new CliError(`${oneLine(error)} (${FETCH_MODEL_LIBS_USAGE})`, 2);
  }
}

async function fetchModelLibs(args: readonly string[], dependencies: FetchModelLibsDependencies): Promise<CliResult> {
  const options = parseCommandLine(args);
  if (options.help) return { exitCode: 0, stdout: FETCH_MODEL_LIBS_USAGE, stderr: [] };
  const fetch = dependencies.fetch ?? (globalThis.fetch as FetchLike);
  const progress = dependencies.progress ?? (() => {});
  const modelIds = dependencies.modelIds ?? MODEL_TIER_SETTINGS.catalog.map((choice) => choice.modelId);
  const plan = planModelLibraryDownloads(modelIds, await (dependencies.records ?? installedRecords)());

  const downloaded = [];
  for (const planned of plan) {
    progress(`downloading ${planned.source}`);
    const bytes = await download(fetch, planned.source);
    downloaded.push({ ...planned, bytes, integrity: sha256Integrity(bytes) });
  }
  const manifest = packagedModelLibrariesManifest(downloaded);

  try {
    mkdirSync(options.outDir, { recursive: true });
    for (const { file, bytes } of downloaded) writeFileSync(path.join(options.outDir, file), bytes);
    // The manifest last: the build trusts only what it lists, and checks each file against it.
    writeFileSync(path.join(options.outDir, MODEL_LIBS_MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  } catch (error) {
    throw new CliError(`cannot write to ${options.outDir}: ${oneLine(error)}`);
  }

  const lines = downloaded.map(({ file, bytes, integrity, modelIds: models }) => `${file}  ${(bytes.length / 1024).toFixed(0)} kB  ${integrity}  (${models.join(', ')})`);
  lines.push(`wrote ${path.join(options.outDir, MODEL_LIBS_MANIFEST_FILE)}: ${manifest.libraries.length} models, ${downloaded.length} libraries`);
  return { exitCode: 0, stdout: lines.join('\n'), stderr: [] };
}

export async function runFetchModelLibs(args: readonly string[], dependencies: FetchModelLibsDependencies = {}): Promise<CliResult> {
  try {
    return await fetchModelLibs(args, dependencies);
  } catch (error) {
    const exitCode = error instanceof CliError ? error.exitCode : 1;
    return { exitCode, stdout: '', stderr: [`fetch-model-libs: ${oneLine(error)}`] };
  }
}
