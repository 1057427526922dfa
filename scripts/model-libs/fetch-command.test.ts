import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parsePackagedModelLibraries } from '../../lib/model-tier/packaged-model-libraries';
import { runFetchModelLibs, type FetchLike } from './fetch-command';
import { readVendoredModelLibraries, sha256Integrity } from './vendor-model-libs';

const LIBS = 'https://raw.githubusercontent.com/mlc-ai/binary-mlc-llm-libs/main/web-llm-models/v0_2_86/base';
const RECORDS = [
  { model_id: 'embed-s', model_lib: `${LIBS}/embed-s-webgpu.wasm` },
  { model_id: 'qwen-1.5b', model_lib: `${LIBS}/Qwen2-1.5B-webgpu.wasm` },
  { model_id: 'qwen2-1.5b', model_lib: `${LIBS}/Qwen2-1.5B-webgpu.wasm` },
];
const MODEL_IDS = RECORDS.map((record) => record.model_id);

/** A tiny WebAssembly module per URL: the magic, the version, and the URL's length so each file differs. */
const fakeLibrary = (url: string) => new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, url.length % 256]);

function fakeFetch(answer: (url: string) => Response | Error = (url) => new Response(fakeLibrary(url))) {
  const requested: string[] = [];
  const fetch: FetchLike = async (url) => {
    requested.push(url);
    const reply = answer(url);
    if (reply instanceof Error) throw reply;
    return reply;
  };
  return { fetch, requested };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'dc-model-libs-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const run = (fetch: FetchLike, args: string[] = ['--out', dir]) => runFetchModelLibs(args, { fetch, records: async () => RECORDS, modelIds: MODEL_IDS });

describe('npm run fetch-model-libs', () => {
  it('downloads each library once, writes it under its own name and a manifest with its checksum and source', async () => {
    const { fetch, requested } = fakeFetch();
    const result = await run(fetch);
    expect(result.stderr).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(requested).toEqual([`${LIBS}/embed-s-webgpu.wasm`, `${LIBS}/Qwen2-1.5B-webgpu.wasm`]);
    expect(readdirSync(dir).sort()).toEqual(['Qwen2-1.5B-webgpu.wasm', 'embed-s-webgpu.wasm', 'model-libs.json']);
    const manifest = parsePackagedModelLibraries(JSON.parse(readFileSync(path.join(dir, 'model-libs.json'), 'utf8')));
    expect(manifest.libraries).toEqual([
      { modelId: 'embed-s', file: 'embed-s-webgpu.wasm', integrity: sha256Integrity(fakeLibrary(`${LIBS}/embed-s-webgpu.wasm`)), source: `${LIBS}/embed-s-webgpu.wasm` },
      { modelId: 'qwen-1.5b', file: 'Qwen2-1.5B-webgpu.wasm', integrity: sha256Integrity(fakeLibrary(`${LIBS}/Qwen2-1.5B-webgpu.wasm`)), source: `${LIBS}/Qwen2-1.5B-webgpu.wasm` },
      { modelId: 'qwen2-1.5b', file: 'Qwen2-1.5B-webgpu.wasm', integrity: sha256Integrity(fakeLibrary(`${LIBS}/Qwen2-1.5B-webgpu.wasm`)), source: `${LIBS}/Qwen2-1.5B-webgpu.wasm` },
    ]);
    expect(result.stdout).toContain('3 models, 2 libraries');
    // What it wrote is what the build accepts.
    expect(readVendoredModelLibraries(RECORDS, dir)?.files.map((entry) => entry.file)).toEqual(['embed-s-webgpu.wasm', 'Qwen2-1.5B-webgpu.wasm']);
  });

  it.each([
    ['no network', () => Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND' } }), /cannot download .*embed-s-webgpu\.wasm: fetch failed \(ENOTFOUND\)\. Run this on a machine that can reach raw\.githubusercontent\.com; nothing was written$/],
    ['a blocked download', () => new Response('Forbidden', { status: 403, statusText: 'Forbidden' }), /cannot download .*: HTTP 403 Forbidden\. Run this on a machine/],
    ['a timeout', () => Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' }), /: no answer within 120 s\./],
    ['an error page instead of the library', () => new Response('<html>Access denied</html>'), /embed-s-webgpu\.wasm is not a WebAssembly file \(26 bytes; a proxy or error page\?\); nothing was written$/],
  ] as const)('fails with one line and writes nothing: %s', async (_name, answer, message) => {
    const { fetch } = fakeFetch(answer);
    const result = await run(fetch);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toHaveLength(1);
    expect(result.stderr[0]).toMatch(/^fetch-model-libs: /);
    expect(result.stderr[0]).toMatch(message);
    expect(result.stderr[0]).not.toMatch(/\n|at .*\(/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('keeps what an earlier run wrote when a later download fails', async () => {
    await run(fakeFetch().fetch);
    const before = readFileSync(path.join(dir, 'model-libs.json'), 'utf8');
    let calls = 0;
    const result = await run(fakeFetch((url) => (++calls === 2 ? new TypeError('fetch failed') : new Response(fakeLibrary(url)))).fetch);
    expect(result.exitCode).toBe(1);
    expect(readFileSync(path.join(dir, 'model-libs.json'), 'utf8')).toBe(before);
  });

  it('says which model web-llm does not know, and answers bad arguments with the usage', async () => {
    const unknown = await runFetchModelLibs(['--out', dir], { fetch: fakeFetch().fetch, records: async () => RECORDS, modelIds: ['no-such-model'] });
    expect(unknown).toEqual({ exitCode: 1, stdout: '', stderr: ["fetch-model-libs: no-such-model is not in the installed web-llm's prebuilt model list"] });
    const extra = await run(fakeFetch().fetch, ['somewhere']);
    expect(extra.exitCode).toBe(2);
    expect(extra.stderr[0]).toContain('usage: npm run fetch-model-libs');
    expect((await run(fakeFetch().fetch, ['--help'])).stdout).toContain('usage: npm run fetch-model-libs');
  });

  it('plans the real catalog against the installed web-llm', async () => {
    const { fetch, requested } = fakeFetch();
    const result = await runFetchModelLibs(['--out', dir], { fetch });
    expect(result.exitCode).toBe(0);
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.every((url) => url.startsWith('https://raw.githubusercontent.com/mlc-ai/binary-mlc-llm-libs/'))).toBe(true);
    const manifest = parsePackagedModelLibraries(JSON.parse(readFileSync(path.join(dir, 'model-libs.json'), 'utf8')));
    expect(manifest.libraries.map((library) => library.modelId)).toContain('snowflake-arctic-embed-s-q0f32-MLC-b4');
  });
});

describe('the vendored libraries, as the build reads them', () => {
  const source = `${LIBS}/embed-s-webgpu.wasm`;
  const library = fakeLibrary(source);
  const writeVendored = (change: Record<string, unknown> = {}, bytes: Uint8Array = library) => {
    writeFileSync(path.join(dir, 'embed-s-webgpu.wasm'), bytes);
    const entry = { modelId: 'embed-s', file: 'embed-s-webgpu.wasm', integrity: sha256Integrity(library), source, ...change };
    writeFileSync(path.join(dir, 'model-libs.json'), JSON.stringify({ version: 1, libraries: [entry] }));
  };

  it('computes the SRI string web-llm checks', () => {
    expect(sha256Integrity(new Uint8Array())).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    expect(sha256Integrity(new TextEncoder().encode('abc'))).toBe('sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=');
  });

  it('are nothing when nothing was fetched, and each file once when all is well', () => {
    expect(readVendoredModelLibraries(RECORDS, dir)).toBeNull();
    writeVendored();
    expect(readVendoredModelLibraries(RECORDS, dir)).toMatchObject({ files: [{ file: 'embed-s-webgpu.wasm', absolutePath: path.join(dir, 'embed-s-webgpu.wasm') }] });
  });

  it('refuse a missing file, a changed file, a damaged manifest and a library for another web-llm version', () => {
    writeVendored();
    rmSync(path.join(dir, 'embed-s-webgpu.wasm'));
    expect(() => readVendoredModelLibraries(RECORDS, dir)).toThrow(/lists embed-s-webgpu\.wasm, which is not in .*; run `npm run fetch-model-libs` again$/);
    writeVendored({}, new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0xff]));
    expect(() => readVendoredModelLibraries(RECORDS, dir)).toThrow(/embed-s-webgpu\.wasm does not match its checksum in .*model-libs\.json \(expected sha256-\S+, found sha256-\S+\)/);
    writeVendored({ integrity: 'md5-x' });
    expect(() => readVendoredModelLibraries(RECORDS, dir)).toThrow(/model-libs\.json: not a valid model library manifest \(libraries\.0\.integrity/);
    writeFileSync(path.join(dir, 'model-libs.json'), '{ not json');
    expect(() => readVendoredModelLibraries(RECORDS, dir)).toThrow(/model-libs\.json: .*JSON/);
    writeVendored({ source: source.replace('v0_2_86', 'v0_2_80') });
    expect(() => readVendoredModelLibraries(RECORDS, dir)).toThrow(/was fetched from .*v0_2_80.*, but the installed web-llm loads .*v0_2_86/);
    writeVendored({ modelId: 'gone' });
    expect(() => readVendoredModelLibraries(RECORDS, dir)).toThrow(/gone is not in the installed web-llm's model list/);
    expect(existsSync(path.join(dir, 'model-libs.json'))).toBe(true);
  });
});
