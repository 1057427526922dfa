// Trains the fast classifier from seeds/corpus/*.jsonl and the dev calls, and its call-type head from the openings of
// the dev calls and the dev call openings (seeds/calls/openings/dev), and writes seeds/model/classifier.json.
//   npm run train [-- --corpus DIR] [--out FILE] [--allow-grid-edge] [--l2 REP,BUYER] [--rep-from FILE] [--calls-through N]
//   (--calls-through N: the rep and buyer heads learn from the dev calls numbered up to N only, as an earlier head did)
//   npm run train -- --call-type-only [--out FILE]   (retrains the call-type head alone; the rep and buyer heads of
//   FILE stay as they are)
//   npm run train -- --reply-only [--out FILE]   (trains the reply head alone, from the dev calls; the other heads of FILE
//   stay as they are)
//   npm run train -- --buyer-only [--l2 REP,BUYER] [--calls-through N] [--out FILE]   (retrains the objection head alone, on the single lines and
//   the dev calls; the rep, call-type and reply heads of FILE stay as they are)
//   npm run train -- --tune-single-weight [--l2 REP,BUYER] [--weights 1,2,3] [--head rep|buyer]   (compares
//   SINGLE_LINE_WEIGHT values by CV on the single lines' training split; writes nothing)
// Regularization is tuned by k-fold CV on the training split; the test split (a stable 20 % hash of the
// normalized text, see lib/classifier/split.ts) is only scored, never trained or tuned on.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { OBJECTION_CATEGORIES, REP_ACTS, type RepAct } from '../lib/types';
import { headFromWeights, quantizeHead, type LinearHead } from '../lib/classifier/linear-head';
import { parseClassifierWeights, type ClassifierWeights } from '../lib/classifier/weights';
import { addCorpusFile, corpusRoleOfFile, emptyCorpus, type Corpus, type CorpusLine } from '../lib/classifier/corpus';
import type { CorpusCall } from '../lib/call-corpus/call-file';
import { callLinesInContext, repliesOf } from '../lib/call-corpus/lines-in-context';
import { labeledOpenings, loadCorpusCalls, loadOpenings } from './cli/corpus-calls';
import { CALL_TYPE_TRAINING, REPLY_TRAINING, trainCallTypeHead, trainReplyHead, CV_FOLDS, FEATURE_BUDGET, L2_GRID, SINGLE_LINE_WEIGHT, SINGLE_LINE_WEIGHT_GRID, crossValidateSingleWeight, evaluateHead, l2GridPosition, packWeights, PRUNE_BELOW, roundTrip, splitLines, trainHead, tuneL2, untrainedHead, withCallLines } from '../lib/classifier/train-pipeline';

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
  if (args.includes('--call-type-only')) return replaceHead(outFile, 'callType', trainedCallTypeHead());
  if (args.includes('--reply-only')) return replaceHead(outFile, 'reply', trainedReplyHead());
  const corpus = loadCorpus(corpusDir);
  for (const warning of corpus.warnings) console.error(`warning: ${warning}`);
  if (corpus.rep.length === 0 && corpus.buyer.length === 0) {
    console.error(`error: no rep-*.jsonl or buyer-*.jsonl lines in ${corpusDir}`);
    process.exit(1);
  }
  const through = argValue(args, '--calls-through');
  if (through !== undefined && !/^\d+$/.test(through)) {
    console.error(`error: --calls-through takes the number of the last dev call to train on (576 for the calls up to d576), not "${through}"`);
    process.exit(1);
  }
  const devCalls = loadCorpusCalls('dev');
  const calls = devCalls.filter((call) => through === undefined || callNumber(call.file.id) <= Number(through));
  const callLines = callLinesInContext(calls);
  console.log(`dev calls: ${calls.length} (${callLines.rep.length} rep / ${callLines.buyer.length} buyer lines, read in context, all for training)`);
  const given = argValue(args, '--l2')?.split(',').map(Number);
  if (args.includes('--tune-single-weight')) {
    const grid = argValue(args, '--weights')?.split(',').map(Number) ?? SINGLE_LINE_WEIGHT_GRID;
    const heads = argValue(args, '--head') ?? 'rep,buyer';
    if (heads.includes('rep')) tuneSingleWeight('rep acts', corpus.rep, REP_ACTS, FEATURE_BUDGET.rep, callLines.rep, given?.[0] ?? 3e-6, grid);
    if (heads.includes('buyer')) tuneSingleWeight('objections', corpus.buyer, OBJECTION_CATEGORIES, FEATURE_BUDGET.buyer, callLines.buyer, given?.[1] ?? 1e-6, grid);
    return;
  }
  if (args.includes('--buyer-only')) {
    const buyer = trainReportedHead('objections', corpus.buyer, OBJECTION_CATEGORIES, FEATURE_BUDGET.buyer, callLines.buyer, SINGLE_LINE_WEIGHT.buyer, given?.[1]);
    return replaceHead(outFile, 'buyer', { head: buyer.head, meta: { ...buyer.meta('buyer'), ...(through === undefined ? {} : { buyerCallsThrough: Number(through) }) } });
  }
  const repFrom = argValue(args, '--rep-from');
  const rep = repFrom
    ? keptRepHead(repFrom, corpus.rep)
    : trainReportedHead('rep acts', corpus.rep, REP_ACTS, FEATURE_BUDGET.rep, callLines.rep, SINGLE_LINE_WEIGHT.rep, given?.[0]);
  const buyer = trainReportedHead('objections', corpus.buyer, OBJECTION_CATEGORIES, FEATURE_BUDGET.buyer, callLines.buyer, SINGLE_LINE_WEIGHT.buyer, given?.[1]);
  const callType = trainedCallTypeHead(devCalls);
  const reply = trainedReplyHead(devCalls);
  const callsThrough: Record<string, number> = through === undefined ? {} : { ...(repFrom ? {} : { repCallsThrough: Number(through) }), buyerCallsThrough: Number(through) };
  const weights = packWeights(rep.head, buyer.head, { ...rep.meta('rep'), ...buyer.meta('buyer'), ...callsThrough, ...callType.meta, ...reply.meta }, callType.head, reply.head);
  console.log(`features kept: rep ${weights.rep.features.length}/${rep.head.featureIndex.size}, buyer ${weights.buyer.features.length}/${buyer.head.featureIndex.size}`);
  writeWeights(outFile, weights);
}

/** The call-type head, trained on the openings of the dev calls (all of them, whatever --calls-through says) and the dev call openings (CALL_TYPE_TRAINING). */
function trainedCallTypeHead(calls: readonly CorpusCall[] = loadCorpusCalls('dev')) {
  const openings = loadOpenings('dev');
  const head = trainCallTypeHead(labeledOpenings([...calls, ...openings]));
  console.log(`call type: trained on the openings of ${calls.length} dev calls and ${openings.length} dev call openings (λ=${CALL_TYPE_TRAINING.l2})`);
  return { head, meta: { callTypeTrainedOnOpenings: calls.length + openings.length, callTypeLambda: CALL_TYPE_TRAINING.l2 } };
}

/**
 * Writes one newly trained head into FILE beside the heads it already holds, which are kept as read; the meta entries of
 * the head (named after it: callTypeLambda, replyLambda, buyerL2…, or given anew: trainedOnBuyerLines) are replaced.
 */
function replaceHead(outFile: string, key: 'buyer' | 'callType' | 'reply', trained: { head: LinearHead; meta: Record<string, string | number> }): void {
  const kept = parseClassifierWeights(JSON.parse(readFileSync(outFile, 'utf8')));
  const meta = { ...Object.fromEntries(Object.entries(kept.meta ?? {}).filter(([name]) => !name.startsWith(key))), ...trained.meta };
  writeWeights(outFile, { ...kept, [key]: quantizeHead(trained.head, PRUNE_BELOW), meta });
}

/** The reply head, from the rep's first line after each buyer turn of the dev calls (all of them, whatever --calls-through says). */
function trainedReplyHead(calls: readonly CorpusCall[] = loadCorpusCalls('dev')) {
  const replies = repliesOf(calls);
  const head = trainReplyHead(replies);
  console.log(`reply: trained on ${replies.length} rep replies of ${calls.length} dev calls (λ=${REPLY_TRAINING.l2})`);
  return { head, meta: { replyTrainedOnReplies: replies.length, replyTrainedOnCalls: calls.length, replyLambda: REPLY_TRAINING.l2 } };
}

/** Writes the weights file and prints its size. */
function writeWeights(outFile: string, weights: ClassifierWeights): void {
  const json = JSON.stringify(weights);
  writeFileSync(outFile, `${json}\n`);
  console.log(`features kept: call type ${weights.callType?.features.length ?? 0}, reply ${weights.reply?.features.length ?? 0}`);
  console.log(`weights: ${path.relative(root, outFile)} ${(json.length / 1024).toFixed(1)} kB raw, ${(gzipSize(json) / 1024).toFixed(1)} kB gzip`);
}

/**
 * The rep head of an earlier weights file, kept as it is (`--rep-from FILE`): for a retrain of the buyer head when the
 * rep head retrained on the same calls would score under its floor. Its λ, training size and origin come with it.
 */
function keptRepHead(file: string, lines: CorpusLine<RepAct>[]) {
  const kept = parseClassifierWeights(JSON.parse(readFileSync(file, 'utf8')));
  const head = headFromWeights(kept.rep);
  const source = path.relative(root, path.resolve(file));
  console.log(`rep acts: kept from ${source}; test split macro-F1 ${evaluateHead(head, splitLines(lines).test, REP_ACTS).macroF1.toFixed(3)}`);
  const carried = Object.fromEntries(Object.entries(kept.meta ?? {}).filter(([key]) => key.startsWith('rep') || key === 'trainedOnRepLines'));
  return { head, meta: () => ({ repKeptFrom: source, ...carried }) };
}

/** Prints the training-split CV of each single-line weight (SINGLE_LINE_WEIGHT_GRID) at a fixed λ; writes nothing. */
function tuneSingleWeight<L extends string>(name: string, lines: CorpusLine<L>[], labels: readonly L[], featureBudget: number, callLines: CorpusLine<L>[], l2: number, grid: readonly number[]) {
  const singleTrain = splitLines(lines).train;
  for (const weight of grid) {
    const cv = crossValidateSingleWeight(singleTrain, callLines, labels, l2, featureBudget, weight);
    console.log(`${name} single-line weight ${weight}: ${CV_FOLDS}-fold CV macro-F1 on the single lines' training split ${cv.meanMacroF1.toFixed(3)} (folds ${cv.foldMacroF1.map((f) => f.toFixed(3)).join(' ')})`);
  }
}

/**
 * Tunes λ by CV on the training split (unless `givenL2` is passed: `--l2 REP,BUYER` skips the search, which
 * takes tens of minutes on two cores, and records that λ was given), trains the head and scores it on the test
 * split. A role with no corpus lines yet gets an untrained head (uniform scores) so the other head can still ship.
 */
function trainReportedHead<L extends string>(
  name: string,
  lines: CorpusLine<L>[],
  labels: readonly L[],
  featureBudget: number,
  callLines: CorpusLine<L>[],
  singleLineWeight: number,
  givenL2?: number,
) {
  if (lines.length === 0) {
    console.error(`warning: no ${name} lines in the corpus; shipping an untrained ${name} head`);
    return { head: untrainedHead(labels), meta: (prefix: string) => ({ [`${prefix}Untrained`]: 1 }) };
  }
  const split = splitLines(lines);
  const test = split.test;
  const train = [...split.train, ...callLines];
  console.log(`${name}: ${lines.length} lines (train ${train.length} / test ${test.length})`);
  if (givenL2 !== undefined && !(givenL2 > 0)) {
    console.error(`error: --l2 takes two positive numbers, REP,BUYER`);
    process.exit(1);
  }
  const cv = givenL2 === undefined ? tuneL2(train, labels, featureBudget) : [{ l2: givenL2, foldMacroF1: [], meanMacroF1: Number.NaN }];
  const grid = cv.map((r) => `λ=${r.l2}: ${r.meanMacroF1.toFixed(3)}`).join(', ');
  console.log(`${name} ${cv[0].foldMacroF1.length}-fold CV macro-F1 — ${grid} → λ=${cv[0].l2}`);
  const position = l2GridPosition(cv[0].l2, L2_GRID);
  if (position === 'low' || position === 'high') {
    const message = `${name}: the best λ (${cv[0].l2}) is the ${position === 'low' ? 'smallest' : 'largest'} value of L2_GRID, so the search did not bracket its optimum; widen L2_GRID in lib/classifier/train-pipeline.ts`;
    if (!process.argv.includes('--allow-grid-edge')) {
      console.error(`error: ${message} (or pass --allow-grid-edge)`);
      process.exit(1);
    }
    console.error(`warning: ${message}`);
  }
  // λ is searched on each line once (copies would sit on both sides of a fold); the final head weighs the single lines.
  const head = trainHead(withCallLines(split.train, callLines, singleLineWeight), labels, cv[0].l2, featureBudget);
  const testReport = evaluateHead(roundTrip(head), test, labels);
  console.log(`${name} test split macro-F1 (quantized model): ${testReport.macroF1.toFixed(3)}`);
  const meta = (prefix: string) => ({
    [`trainedOn${prefix === 'rep' ? 'Rep' : 'Buyer'}Lines`]: train.length,
    [`${prefix}L2`]: cv[0].l2,
    ...(givenL2 === undefined ? { [`${prefix}CvMacroF1`]: round3(cv[0].meanMacroF1) } : { [`${prefix}L2Source`]: 'given (--l2)' }),
  });
  return { head, meta };
}

/** The number in a dev call's id ("d577-harbison-mechanical-discovery" → 577): calls are numbered as they were written. */
function callNumber(id: string): number {
  return Number(/^d(\d+)/.exec(id)?.[1] ?? Number.NaN);
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
