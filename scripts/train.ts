// Trains the fast classifier from seeds/corpus/*.jsonl and writes seeds/model/classifier.json.
//   npm run train [-- --corpus DIR] [--out FILE]
// Regularization is tuned by k-fold CV on the training split; the test split (a stable 20 % hash of the
// normalized text, see lib/classifier/split.ts) is only scored, never trained or tuned on.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { OBJECTION_CATEGORIES, REP_ACTS } from '../lib/types';
import { addCorpusFile, corpusRoleOfFile, emptyCorpus, type Corpus } from '../lib/classifier/corpus';
import { FEATURE_BUDGET, evaluateHead, packWeights, roundTrip, splitLines, trainHead, tuneL2 } from '../lib/classifier/train-pipeline';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_CORPUS_DIR = path.join(root, 'seeds/corpus');
export const DEFAULT_MODEL_FILE = path.join(root, 'seeds/model/classifier.json');

/** Reads every rep-*.jsonl / buyer-*.jsonl in the folder, in name order so the result is reproducible. */
export function loadCorpus(corpusDir: string): Corpus {
  const corpus = emptyCorpus();
  const seen = new Set<string>();
  const files = readdirSync(corpusDir).filter((name) => corpusRoleOfFile(name) !== undefined).sort();
  for (const name of files) addCorpusFile(corpus, name, readFileSync(path.join(corpusDir, name), 'utf8'), seen);
  return corpus;
}

export function argValue(args: string[], flag: string): string | undefined {
  const at = args.indexOf(flag);
  return at >= 0 ? args[at + 1] : undefined;
}

export function gzipSize(text: string): number {
  return gzipSync(Buffer.from(text), { level: 9 }).length;
}

function main(): void {
  const args = process.argv.slice(2);
  const corpusDir = argValue(args, '--corpus') ?? DEFAULT_CORPUS_DIR;
  const outFile = argValue(args, '--out') ?? DEFAULT_MODEL_FILE;
  const corpus = loadCorpus(corpusDir);
  for (const warning of corpus.warnings) console.error(`warning: ${warning}`);
  if (corpus.rep.length === 0 || corpus.buyer.length === 0) {
    console.error(`error: need both rep-*.jsonl and buyer-*.jsonl lines in ${corpusDir} (rep ${corpus.rep.length}, buyer ${corpus.buyer.length})`);
    process.exit(1);
  }
  const rep = splitLines(corpus.rep);
  const buyer = splitLines(corpus.buyer);
  console.log(`corpus: rep ${corpus.rep.length} lines (train ${rep.train.length} / test ${rep.test.length}), buyer ${corpus.buyer.length} lines (train ${buyer.train.length} / test ${buyer.test.length})`);

  const repCv = tuneL2(rep.train, REP_ACTS, FEATURE_BUDGET.rep);
  const buyerCv = tuneL2(buyer.train, OBJECTION_CATEGORIES, FEATURE_BUDGET.buyer);
  for (const [name, results] of [['rep acts', repCv], ['objections', buyerCv]] as const) {
    const grid = results.map((r) => `λ=${r.l2}: ${r.meanMacroF1.toFixed(3)}`).join(', ');
    console.log(`${name} ${results[0].foldMacroF1.length}-fold CV macro-F1 — ${grid} → λ=${results[0].l2}`);
  }

  const repHead = trainHead(rep.train, REP_ACTS, repCv[0].l2, FEATURE_BUDGET.rep);
  const buyerHead = trainHead(buyer.train, OBJECTION_CATEGORIES, buyerCv[0].l2, FEATURE_BUDGET.buyer);
  const repTest = evaluateHead(roundTrip(repHead), rep.test, REP_ACTS);
  const buyerTest = evaluateHead(roundTrip(buyerHead), buyer.test, OBJECTION_CATEGORIES);
  const weights = packWeights(repHead, buyerHead, {
    trainedOnRepLines: rep.train.length,
    trainedOnBuyerLines: buyer.train.length,
    repL2: repCv[0].l2,
    buyerL2: buyerCv[0].l2,
    repCvMacroF1: round3(repCv[0].meanMacroF1),
    buyerCvMacroF1: round3(buyerCv[0].meanMacroF1),
  });
  const json = JSON.stringify(weights);
  writeFileSync(outFile, `${json}\n`);
  console.log(`test split macro-F1 (quantized model): rep acts ${repTest.macroF1.toFixed(3)}, objections ${buyerTest.macroF1.toFixed(3)}`);
  console.log(`features kept: rep ${weights.rep.features.length}/${repHead.featureIndex.size}, buyer ${weights.buyer.features.length}/${buyerHead.featureIndex.size}`);
  console.log(`weights: ${path.relative(root, outFile)} ${(json.length / 1024).toFixed(1)} kB raw, ${(gzipSize(json) / 1024).toFixed(1)} kB gzip`);
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
