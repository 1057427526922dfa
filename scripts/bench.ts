// Runs every benchmark in scripts/benches/ in name order and prints its figures.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const benchesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'benches');
const files = readdirSync(benchesDir).filter((f) => f.endsWith('.bench.ts')).sort();
for (const file of files) {
  const bench: { run: () => Promise<void> | void } = await import(pathToFileURL(path.join(benchesDir, file)).href);
  console.log(`\n## ${file.replace('.bench.ts', '')}`);
  await bench.run();
}
