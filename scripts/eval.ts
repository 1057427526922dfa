// Scores the shipped weights (seeds/model/classifier.json) on the held-out test split of seeds/corpus/ and
// repeats the k-fold cross validation on the training split at the shipped regularization.
//   npm run eval [-- --corpus DIR] [--model FILE]
// Then runs scripts/eval-analyzer.ts when it exists.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { OBJECTION_CATEGORIES, REP_ACTS } from '../lib/types';
import { parseClassifierWeights } from '../lib/classifier/weights';
import { headFromWeights } from '../lib/classifier/linear-head';
import { formatReport } from '../lib/classifier/metrics';
import { CV_FOLDS, FEATURE_BUDGET, crossValidate, evaluateHead, splitLines } from '../lib/classifier/train-pipeline';
import { TEST_SPLIT_PERCENT } from '../lib/classifier/split';
import { DEFAULT_CORPUS_DIR, DEFAULT_MODEL_FILE, argValue, loadCorpus } from './train';

const scriptsDir = path.dirname(fileURLToPath(import.meta.url));

function fail(message: string): never {
  console.error(`eval: ${message}`);
  process.exit(1);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const corpusDir = argValue(args, '--corpus') ?? DEFAULT_CORPUS_DIR;
  const modelFile = argValue(args, '--model') ?? DEFAULT_MODEL_FILE;
  let weights;
  try {
    weights = parseClassifierWeights(JSON.parse(readFileSync(modelFile, 'utf8')));
  } catch (error) {
    fail(`cannot load ${modelFile}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const corpus = loadCorpus(corpusDir);
  const rep = splitLines(corpus.rep);
  const buyer = splitLines(corpus.buyer);
  console.log(`# Fast classifier — test split (${TEST_SPLIT_PERCENT} % by hash of normalized text, never trained on)`);
  console.log(`rep lines: train ${rep.train.length}, test ${rep.test.length}; buyer lines: train ${buyer.train.length}, test ${buyer.test.length}\n`);
  console.log(formatReport('rep acts (test split)', evaluateHead(headFromWeights(weights.rep), rep.test, REP_ACTS)));
  console.log('');
  console.log(formatReport('objections (test split)', evaluateHead(headFromWeights(weights.buyer), buyer.test, OBJECTION_CATEGORIES)));
  console.log('');

  const repL2 = Number(weights.meta?.repL2 ?? 1e-4);
  const buyerL2 = Number(weights.meta?.buyerL2 ?? 1e-4);
  const repCv = crossValidate(rep.train, REP_ACTS, repL2, FEATURE_BUDGET.rep);
  const buyerCv = crossValidate(buyer.train, OBJECTION_CATEGORIES, buyerL2, FEATURE_BUDGET.buyer);
  const folds = (values: number[]) => values.map((v) => v.toFixed(3)).join(' ');
  console.log(`${CV_FOLDS}-fold CV on the training split (λ as shipped):`);
  console.log(`  rep acts   macro-F1 ${repCv.meanMacroF1.toFixed(3)}  (λ=${repL2}; folds ${folds(repCv.foldMacroF1)})`);
  console.log(`  objections macro-F1 ${buyerCv.meanMacroF1.toFixed(3)}  (λ=${buyerL2}; folds ${folds(buyerCv.foldMacroF1)})`);

  const analyzerEval = path.join(scriptsDir, 'eval-analyzer.ts');
  if (existsSync(analyzerEval)) {
    const analyzer: { run: () => Promise<void> | void } = await import(pathToFileURL(analyzerEval).href);
    console.log('');
    await analyzer.run();
  }
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
