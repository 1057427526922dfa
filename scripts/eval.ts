// Scores the shipped weights (seeds/model/classifier.json) on the held-out test split of seeds/corpus/, on
// every check set in seeds/corpus-check/ (written apart from the corpus and never trained on, but earlier
// sessions looked at their scores when they picked features and budgets, so they are dev data, not untouched),
// and repeats the k-fold cross validation on the training split at the shipped regularization.
//   npm run eval [-- --corpus DIR] [--check DIR] [--model FILE]
//   npm run eval -- --dev-cv [--per-call] [--wrong-nudges] [--wrong-pitch] [--fold-cache DIR]   (instead: cross-validation by call over the dev calls, the
//                                                             figures to tune on; scripts/cv-calls.ts)
// Then runs scripts/eval-analyzer.ts when it exists, the whole-call evaluation (scripts/eval-calls.ts) and the
// debrief check (scripts/eval-debrief.ts: every debrief statement judged against the labels, aggregates only) and the
// second reading of 20 dev calls (scripts/eval-second-reading.ts: how far a blind second reader agrees with the labels)
// and the call type read from call openings (scripts/eval-call-type.ts).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { OBJECTION_CATEGORIES, REP_ACTS } from '../lib/types';
import { parseClassifierWeights } from '../lib/classifier/weights';
import { headFromWeights } from '../lib/classifier/linear-head';
import { formatReport, type EvaluationReport } from '../lib/classifier/metrics';
import { addCorpusFile, corpusRoleOfFile, emptyCorpus, linesNotInCorpus, type Corpus } from '../lib/classifier/corpus';
import type { LinearHead } from '../lib/classifier/linear-head';
import { CV_FOLDS, FEATURE_BUDGET, crossValidate, evaluateHead, splitLines } from '../lib/classifier/train-pipeline';
import { TEST_SPLIT_PERCENT } from '../lib/classifier/split';
import { DEFAULT_CORPUS_DIR, DEFAULT_MODEL_FILE, argValue, loadCorpus } from './train';

const scriptsDir = path.dirname(fileURLToPath(import.meta.url));
const DEFAULT_CHECK_DIR = path.join(scriptsDir, '..', 'seeds/corpus-check');

function fail(message: string): never {
  console.error(`eval: ${message}`);
  process.exit(1);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--dev-cv')) {
    await import(pathToFileURL(path.join(scriptsDir, 'cv-calls.ts')).href);
    return;
  }
  const corpusDir = argValue(args, '--corpus') ?? DEFAULT_CORPUS_DIR;
  const modelFile = argValue(args, '--model') ?? DEFAULT_MODEL_FILE;
  const checkDir = argValue(args, '--check') ?? DEFAULT_CHECK_DIR;
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
  const repHead = headFromWeights(weights.rep);
  const buyerHead = headFromWeights(weights.buyer);
  const summary: string[] = [];
  const report = (title: string, result: EvaluationReport) => {
    console.log(`${formatReport(title, result)}\n`);
    summary.push(`${title}: macro-F1 ${result.macroF1.toFixed(3)}`);
  };
  report('rep acts (test split)', evaluateHead(repHead, rep.test, REP_ACTS));
  report('objections (test split)', evaluateHead(buyerHead, buyer.test, OBJECTION_CATEGORIES));
  reportCheckSets(checkDir, corpus, { rep: repHead, buyer: buyerHead }, report);

  const repL2 = Number(weights.meta?.repL2 ?? 1e-4);
  const buyerL2 = Number(weights.meta?.buyerL2 ?? 1e-4);
  const repCv = crossValidate(rep.train, REP_ACTS, repL2, FEATURE_BUDGET.rep);
  const buyerCv = crossValidate(buyer.train, OBJECTION_CATEGORIES, buyerL2, FEATURE_BUDGET.buyer);
  const folds = (values: number[]) => values.map((v) => v.toFixed(3)).join(' ');
  console.log(`${CV_FOLDS}-fold CV on the training split (λ as shipped):`);
  console.log(`  rep acts   macro-F1 ${repCv.meanMacroF1.toFixed(3)}  (λ=${repL2}; folds ${folds(repCv.foldMacroF1)})`);
  console.log(`  objections macro-F1 ${buyerCv.meanMacroF1.toFixed(3)}  (λ=${buyerL2}; folds ${folds(buyerCv.foldMacroF1)})`);

  console.log(`\nsummary:\n${summary.map((line) => `  ${line}`).join('\n')}`);

  const analyzerEval = path.join(scriptsDir, 'eval-analyzer.ts');
  if (existsSync(analyzerEval)) {
    const analyzer: { run: () => Promise<void> | void } = await import(pathToFileURL(analyzerEval).href);
    console.log('');
    await analyzer.run();
  }
  const wholeCalls: { run: () => void } = await import(pathToFileURL(path.join(scriptsDir, 'eval-calls.ts')).href);
  console.log('');
  wholeCalls.run();
  const debriefCheck: { run: () => void } = await import(pathToFileURL(path.join(scriptsDir, 'eval-debrief.ts')).href);
  console.log('');
  debriefCheck.run();
  const secondReading: { run: () => void } = await import(pathToFileURL(path.join(scriptsDir, 'eval-second-reading.ts')).href);
  console.log('');
  secondReading.run();
  const callTypeReading: { run: () => void } = await import(pathToFileURL(path.join(scriptsDir, 'eval-call-type.ts')).href);
  console.log('');
  callTypeReading.run();
}

/** Scores each seeds/corpus-check/*.jsonl file with the head of its role, leaving out lines the corpus also has. */
function reportCheckSets(
  checkDir: string,
  corpus: Corpus,
  heads: { rep: LinearHead; buyer: LinearHead },
  report: (title: string, result: EvaluationReport) => void,
): void {
  const files = existsSync(checkDir) ? readdirSync(checkDir).filter((name) => corpusRoleOfFile(name) !== undefined).sort() : [];
  if (files.length === 0) {
    console.log(`no check sets in ${checkDir}\n`);
    return;
  }
  for (const name of files) {
    const check = emptyCorpus();
    addCorpusFile(check, name, readFileSync(path.join(checkDir, name), 'utf8'), new Set());
    for (const warning of check.warnings) console.error(`warning: ${warning}`);
    const title = `${name} (check set: written apart, used to pick features — a dev set)`;
    if (corpusRoleOfFile(name) === 'rep') {
      const { kept, overlapping } = linesNotInCorpus(check.rep, corpus);
      if (overlapping > 0) console.log(`${name}: ${overlapping} lines also in the training corpus or rewording one of its lines, left out`);
      report(title, evaluateHead(heads.rep, kept, REP_ACTS));
    } else {
      const { kept, overlapping } = linesNotInCorpus(check.buyer, corpus);
      if (overlapping > 0) console.log(`${name}: ${overlapping} lines also in the training corpus or rewording one of its lines, left out`);
      report(title, evaluateHead(heads.buyer, kept, OBJECTION_CATEGORIES));
    }
  }
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
