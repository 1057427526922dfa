// Fast classifier: per-line latency (median / p95 / p99 over a few thousand corpus lines, each timed on its
// own) and the size of the shipped weights, raw and gzipped.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createClassifier, parseClassifierWeights } from '../../lib/classifier';
import { loadCorpus } from '../train';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TIMED_LINES = 4000;
const WARMUP_LINES = 500;

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
}

export async function run(): Promise<void> {
  const weightsText = readFileSync(path.join(root, 'seeds/model/classifier.json'), 'utf8');
  const loadStart = performance.now();
  const classifier = createClassifier(parseClassifierWeights(JSON.parse(weightsText)));
  const loadMs = performance.now() - loadStart;

  const corpus = loadCorpus(path.join(root, 'seeds/corpus'));
  const lines = [
    ...corpus.rep.map((line) => ({ rep: true, text: line.text })),
    ...corpus.buyer.map((line) => ({ rep: false, text: line.text })),
  ];
  if (lines.length === 0) lines.push({ rep: true, text: 'How many people are on the team today?' });
  const classify = (i: number) => {
    const line = lines[i % lines.length];
    return line.rep ? classifier.classifyRep(line.text) : classifier.classifyBuyer(line.text);
  };
  for (let i = 0; i < WARMUP_LINES; i++) classify(i);
  const timings: number[] = [];
  const byRole = { rep: [] as number[], buyer: [] as number[] };
  for (let i = 0; i < TIMED_LINES; i++) {
    const start = performance.now();
    classify(i);
    const elapsed = performance.now() - start;
    timings.push(elapsed);
    byRole[lines[i % lines.length].rep ? 'rep' : 'buyer'].push(elapsed);
  }
  timings.sort((a, b) => a - b);
  const us = (ms: number) => `${(ms * 1000).toFixed(1)} µs`;
  console.log(`classify one line (${TIMED_LINES} lines): median ${us(percentile(timings, 0.5))}, p95 ${us(percentile(timings, 0.95))}, p99 ${us(percentile(timings, 0.99))}`);
  for (const [role, roleTimings] of Object.entries(byRole)) {
    if (roleTimings.length === 0) continue;
    roleTimings.sort((a, b) => a - b);
    console.log(`  ${role} lines (${roleTimings.length}): median ${us(percentile(roleTimings, 0.5))}, p95 ${us(percentile(roleTimings, 0.95))}`);
  }
  console.log(`load + validate weights: ${loadMs.toFixed(1)} ms`);
  console.log(`weights seeds/model/classifier.json: ${(weightsText.length / 1024).toFixed(1)} kB raw, ${(gzipSync(weightsText, { level: 9 }).length / 1024).toFixed(1)} kB gzip`);
}
