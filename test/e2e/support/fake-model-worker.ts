// The source of the fake model worker (fake-model-worker-entry.ts), bundled with esbuild at test time for
// injection into the offscreen document by stubWebGpuInOffscreenDocument. It never enters the extension build.
import { buildSync } from 'esbuild';
import path from 'node:path';

export function fakeModelWorkerSource(): string {
  const result = buildSync({
    entryPoints: [path.join(import.meta.dirname, 'fake-model-worker-entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    platform: 'browser',
  });
  return result.outputFiles[0].text;
}
