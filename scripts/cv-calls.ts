// Cross-validation by call over the dev calls: the text heads are trained on the single-line corpus plus the
// dev calls of four folds, and the fifth fold's calls are played whole and judged as `npm run eval` judges the
// held-out calls. This is the figure to tune on; the held-out calls are never read here. Beside the curve it prints the
// shipped settings' flags judged with the category left out (how many errors are the wrong category next to pushback).
//   npm run eval -- --dev-cv [--folds 5] [--per-call] [--dump] [--wrong-nudges] [--wrong-pitch] [--buyer-single-weight N] [--buyer-l2 L]
//                           [--fold-cache DIR [--train-only 1,2]]   (or npx tsx scripts/cv-calls.ts …)
// --fold-cache DIR keeps each fold's trained weights in DIR (fold-K-of-N.json) and reuses them on the next run, so a change
// to the session, the bars or the cues is judged in seconds. A cached fold trained for other dev calls or training
// settings is refused; delete DIR after changing the features.
// --train-only 1,2 (with --fold-cache) trains just those folds into the cache and stops.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CALL_LINE_WEIGHT, callLinesInContext, repliesOf } from '../lib/call-corpus/lines-in-context';
import { ANY_CATEGORY, objectionAgreement, playCorpusCall, scoreWholeCall, type WholeCallScore } from '../lib/call-corpus/whole-call-score';
import { createClassifier } from '../lib/classifier';
import { FEATURE_BUDGET, packWeights, PRUNE_BELOW, SINGLE_LINE_WEIGHT, splitLines, trainHead, trainReplyHead, withCallLines } from '../lib/classifier/train-pipeline';
import { quantizeHead } from '../lib/classifier/linear-head';
import { OBJECTION_CATEGORIES, REP_ACTS } from '../lib/types';
import { loadCorpusCalls } from './cli/corpus-calls';
import { objectionFigures, printWholeCallTable, SCORING_RULES, totalsOf } from './eval-calls';
import { secondReadingCallIds } from './eval-second-reading';
import { argValue, DEFAULT_CORPUS_DIR, loadCorpus } from './train';
import shipped from '../seeds/model/classifier.json';

const folds = Number(argValue(process.argv, '--folds') ?? 5);
const repeat = Number(argValue(process.argv, '--call-weight') ?? CALL_LINE_WEIGHT);
const singleWeight = { rep: SINGLE_LINE_WEIGHT.rep, buyer: Number(argValue(process.argv, '--buyer-single-weight') ?? SINGLE_LINE_WEIGHT.buyer) };
const repL2 = Number(shipped.meta?.repL2 ?? 3e-6);
const buyerL2 = Number(argValue(process.argv, '--buyer-l2') ?? shipped.meta?.buyerL2 ?? 1e-6);
const corpus = loadCorpus(DEFAULT_CORPUS_DIR);
const calls = loadCorpusCalls('dev');
const scores: WholeCallScore[] = [];
/** Confidence bars tried for objection cards and for a pitch line (seeds/methodology/thresholds.json). */
const BARS = [0.5, 0.6, 0.7, 0.8, 0.9];
const barScores = new Map<string, WholeCallScore[]>();
const barSettings = (bar: number) => ({ thresholds: { pitch: { minConfidence: bar }, objection: { minConfidence: bar } } });
const foldCache = argValue(process.argv, '--fold-cache');

/**
 * What a cached fold was trained for: the dev calls (a fold is every `folds`-th call in name order, so adding a call
 * moves others between folds) and the training settings. A cache filled for other calls would score calls its weights
 * were trained on. Changes to the features are not covered: use a fresh folder after those.
 */
const foldKey = createHash('sha256')
  .update(JSON.stringify({ calls: calls.map((call) => call.file.id), folds, repeat, singleWeight, repL2, buyerL2 }))
  .digest('hex')
  .slice(0, 16);

/** The fold's weights: trained on the other folds' calls and the single lines' training split, or read from the cache. */
function foldWeights(fold: number) {
  const cached = foldCache ? path.join(foldCache, `fold-${fold + 1}-of-${folds}.json`) : null;
  if (cached && existsSync(cached)) {
    const weights = JSON.parse(readFileSync(cached, 'utf8'));
    if (weights.meta?.foldKey !== foldKey) {
      throw new Error(`${cached} was trained for other dev calls or settings (fold key ${weights.meta?.foldKey ?? 'none'}, now ${foldKey}): use a fresh --fold-cache folder`);
    }
    return weights;
  }
  const lines = callLinesInContext(calls.filter((_, index) => index % folds !== fold), repeat);
  const rep = trainHead(withCallLines(splitLines(corpus.rep).train, lines.rep, singleWeight.rep), REP_ACTS, repL2, FEATURE_BUDGET.rep);
  const buyer = trainHead(withCallLines(splitLines(corpus.buyer).train, lines.buyer, singleWeight.buyer), OBJECTION_CATEGORIES, buyerL2, FEATURE_BUDGET.buyer);
  const weights = packWeights(rep, buyer, { foldKey });
  if (cached) {
    mkdirSync(path.dirname(cached), { recursive: true });
    writeFileSync(cached, JSON.stringify(weights));
  }
  return weights;
}

const trainOnly = argValue(process.argv, '--train-only');
if (trainOnly) {
  // Fills the fold cache for the listed folds (1-based, comma-separated) and stops: two processes fill it in parallel.
  if (!foldCache) throw new Error('--train-only needs --fold-cache DIR');
  for (const fold of trainOnly.split(',').map((n) => Number(n) - 1)) {
    foldWeights(fold);
    console.error(`fold ${fold + 1}/${folds} trained`);
  }
  process.exit(0);
}

/**
 * The fold's weights with a reply head trained on the same calls. The reply head trains in seconds, so it is trained
 * here rather than cached: cached folds from before it stay usable.
 */
function foldWeightsWithReply(fold: number) {
  const weights = foldWeights(fold);
  const training = calls.filter((_, index) => index % folds !== fold);
  return { ...weights, reply: quantizeHead(trainReplyHead(repliesOf(training)), PRUNE_BELOW) };
}

/** Bars tried for the reply head's acknowledgement, at the shipped objection bar (1 = the reply head unused). */
const REPLY_BARS = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1];
const replyScores = new Map<number, WholeCallScore[]>();

/** The shipped settings' objection flags judged with the category left out (ANY_CATEGORY), per call. */
const withoutCategory: WholeCallScore['objections'][] = [];
for (let fold = 0; fold < folds; fold++) {
  const held = calls.filter((_, index) => index % folds === fold);
  const classifier = createClassifier(foldWeightsWithReply(fold));
  for (const call of held) {
    const played = playCorpusCall(call, classifier);
    const score = scoreWholeCall(call, played, SCORING_RULES);
    scores.push(score);
    withoutCategory.push(objectionAgreement(call.lines, played.report.analysis.objections, ANY_CATEGORY));
    if (process.argv.includes('--wrong-nudges')) {
      for (const verdict of score.nudges) if (!verdict.right) console.log(`WRONG ${call.file.id} ${call.file.callType} ${verdict.kind} at ${Math.round(verdict.atSec)} s: ${verdict.why}`);
    }
    if (process.argv.includes('--wrong-pitch') && !score.firstPitch.right) {
      const { labeledSec, foundSec } = score.firstPitch;
      const textAt = (sec: number | null) => call.lines.find((line) => line.role === 'rep' && line.startSec === sec)?.text ?? '—';
      console.log(`PITCH ${call.file.id} ${call.file.callType} labeled ${labeledSec === null ? 'none' : Math.round(labeledSec)} s, found ${foundSec === null ? 'none' : Math.round(foundSec)} s`);
      console.log(`  labeled: ${textAt(labeledSec)}`);
      console.log(`  found:   ${textAt(foundSec)}`);
    }
    if (process.argv.includes('--dump')) {
      score.lineLabels.forEach((line, index) => {
        if (line.labeled !== line.found && (line.role === 'buyer' || line.labeled === 'pitch' || line.found === 'pitch')) {
          console.log(`DUMP ${call.file.id}:${index} ${call.file.callType} gold=${line.labeled} found=${line.found} | ${call.lines[index].text}`);
        }
      });
    }
    for (const bar of REPLY_BARS) {
      const list = replyScores.get(bar) ?? [];
      list.push(scoreWholeCall(call, playCorpusCall(call, classifier, { thresholds: { objection: { replyMinConfidence: bar } } }), SCORING_RULES));
      replyScores.set(bar, list);
    }
    for (const bar of BARS) {
      const list = barScores.get(String(bar)) ?? [];
      list.push(scoreWholeCall(call, playCorpusCall(call, classifier, barSettings(bar)), SCORING_RULES));
      barScores.set(String(bar), list);
    }
  }
  console.error(`fold ${fold + 1}/${folds} done`);
}
printWholeCallTable(`dev calls, ${folds}-fold cross-validation by call (λ rep ${repL2}, buyer ${buyerL2})`, scores, process.argv.includes('--per-call'));
const sumOf = (key: keyof WholeCallScore['objections']) => withoutCategory.reduce((sum, agreement) => sum + agreement[key], 0);
const anyCategoryTotals = { flagged: sumOf('flagged'), flaggedRight: sumOf('flaggedRight'), moments: sumOf('moments'), caught: sumOf('caught') };
console.log(
  `objections with the category left out (a flag near pushback of any category; a moment met by a flag of any category): ${objectionFigures(anyCategoryTotals)}`,
);
const secondRead = new Set(secondReadingCallIds());
const onSecondRead = totalsOf(scores.filter((score) => secondRead.has(score.id)));
console.log(`the ${secondRead.size} dev calls with a second reading (npm run eval prints the second reader's figures on them): objection ${objectionFigures(onSecondRead)}`);
for (const [bar, list] of replyScores) {
  console.log(`reply bar ${bar}: objections ${objectionFigures(totalsOf(list))}`);
}
for (const [bar, list] of barScores) {
  const verdicts = list.flatMap((score) => score.nudges);
  const of = (kind: string) => verdicts.filter((v) => v.kind === kind);
  const right = (kind: string) => of(kind).filter((v) => v.right).length;
  const totals = totalsOf(list);
  const precision = totals.flaggedRight / Math.max(totals.flagged, 1);
  const recall = totals.caught / Math.max(totals.moments, 1);
  const f05 = (1.25 * precision * recall) / Math.max(0.25 * precision + recall, 1e-9);
  console.log(`bar ${bar}: objections precision ${precision.toFixed(2)} (${totals.flaggedRight}/${totals.flagged}), recall ${recall.toFixed(2)} (${totals.caught}/${totals.moments}), F0.5 ${f05.toFixed(3)}`);
  console.log(`bar ${bar}: objection cards ${right('objection')}/${of('objection').length}, early-pitch ${right('early-pitch')}/${of('early-pitch').length}, first pitch ${totals.pitchRight}/${totals.calls}, all nudges ${totals.nudgesRight}/${totals.nudges}`);
}
