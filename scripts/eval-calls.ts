// Whole-call accuracy: plays every call of seeds/calls/corpus/ through the coaching session with the shipped
// classifier and judges what a rep would have seen against the labels written in context. Prints, per held-out
// call and overall (and the dev set's overall): objection precision and recall (same category, within 30 s),
// nudge precision, first pitch within 60 s, upfront contract and next step agreement, and per-line macro-F1.
// Held-out calls are reported only as figures: their lines are never printed here.
//   npx tsx scripts/eval-calls.ts [--dev-details]   (also run by `npm run eval`)
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { HELDOUT_SETS, loadCorpusCalls, type CorpusSplit } from './cli/corpus-calls';
import { playCorpusCall, scoreWholeCall, type ScoringRules, type WholeCallScore } from '../lib/call-corpus/whole-call-score';
import { defaultClassifier } from '../lib/classifier';
import { evaluatePredictions } from '../lib/classifier/metrics';
import { METHODOLOGY } from '../lib/engine/methodology';
import { CALL_TYPES, OBJECTION_CATEGORIES, REP_ACTS, type CallType, type NudgeKind } from '../lib/types';

export const SCORING_RULES: ScoringRules = {
  talkShareMax: METHODOLOGY.thresholds.talkShare.max,
  talkShareWindowSec: METHODOLOGY.thresholds.talkShare.windowSec,
  monologueMaxSec: METHODOLOGY.thresholds.monologue.maxSec,
  backChannelMaxSec: METHODOLOGY.thresholds.monologue.backChannelMaxSec,
  nudgesByCallType: Object.fromEntries(
    CALL_TYPES.map((type) => [type, [...METHODOLOGY.callTypes.types[type].nudges]]),
  ) as Record<CallType, NudgeKind[]>,
};

interface Totals {
  calls: number;
  flagged: number;
  flaggedRight: number;
  moments: number;
  caught: number;
  nudges: number;
  nudgesRight: number;
  pitchRight: number;
  contractRight: number;
  nextStepRight: number;
  callTypeRight: number;
}

export function totalsOf(scores: readonly WholeCallScore[]): Totals {
  const sum = (pick: (score: WholeCallScore) => number) => scores.reduce((total, score) => total + pick(score), 0);
  return {
    calls: scores.length,
    flagged: sum((s) => s.objections.flagged),
    flaggedRight: sum((s) => s.objections.flaggedRight),
    moments: sum((s) => s.objections.moments),
    caught: sum((s) => s.objections.caught),
    nudges: sum((s) => s.nudges.length),
    nudgesRight: sum((s) => s.nudges.filter((n) => n.right).length),
    pitchRight: sum((s) => (s.firstPitch.right ? 1 : 0)),
    contractRight: sum((s) => (s.upfrontContract.labeled === s.upfrontContract.found ? 1 : 0)),
    nextStepRight: sum((s) => (s.nextStep.labeled === s.nextStep.found ? 1 : 0)),
    callTypeRight: sum((s) => (s.callType.labeled === s.callType.found ? 1 : 0)),
  };
}

const ratio = (right: number, all: number) => (all === 0 ? '  —  ' : (right / all).toFixed(2));
const frac = (right: number, all: number) => `${right}/${all}`;

/** "precision 0.90 (123/136), recall 0.99 (86/87)": objection figures for a line of prose. */
export function objectionFigures(t: Pick<Totals, 'flagged' | 'flaggedRight' | 'moments' | 'caught'>): string {
  return `precision ${ratio(t.flaggedRight, t.flagged)} (${frac(t.flaggedRight, t.flagged)}), recall ${ratio(t.caught, t.moments)} (${frac(t.caught, t.moments)})`;
}

function row(name: string, t: Totals, width: number): string {
  return [
    name.padEnd(width),
    `${ratio(t.flaggedRight, t.flagged)} (${frac(t.flaggedRight, t.flagged)})`.padStart(15),
    `${ratio(t.caught, t.moments)} (${frac(t.caught, t.moments)})`.padStart(15),
    `${ratio(t.nudgesRight, t.nudges)} (${frac(t.nudgesRight, t.nudges)})`.padStart(15),
    frac(t.pitchRight, t.calls).padStart(8),
    frac(t.contractRight, t.calls).padStart(9),
    frac(t.nextStepRight, t.calls).padStart(9),
    frac(t.callTypeRight, t.calls).padStart(9),
  ].join(' ');
}

function lineF1(scores: readonly WholeCallScore[]) {
  const rep = scores.flatMap((s) => s.lineLabels.filter((l) => l.role === 'rep'));
  const buyer = scores.flatMap((s) => s.lineLabels.filter((l) => l.role === 'buyer'));
  const repReport = evaluatePredictions(REP_ACTS, rep.map((l) => REP_ACTS.indexOf(l.labeled as never)), rep.map((l) => REP_ACTS.indexOf(l.found as never)));
  const buyerReport = evaluatePredictions(
    OBJECTION_CATEGORIES,
    buyer.map((l) => OBJECTION_CATEGORIES.indexOf(l.labeled as never)),
    buyer.map((l) => OBJECTION_CATEGORIES.indexOf(l.found as never)),
  );
  return { rep: repReport.macroF1, buyer: buyerReport.macroF1, repLines: rep.length, buyerLines: buyer.length };
}

export function scoreSplit(split: CorpusSplit): WholeCallScore[] {
  const classifier = defaultClassifier();
  return loadCorpusCalls(split).map((call) => scoreWholeCall(call, playCorpusCall(call, classifier), SCORING_RULES));
}

export function printWholeCallTable(title: string, scores: readonly WholeCallScore[], perCall: boolean): void {
  const width = Math.max(...scores.map((s) => s.id.length), 12) + 2;
  console.log(`\n## ${title} (${scores.length} calls, ${scores.reduce((n, s) => n + s.lines, 0)} lines)`);
  console.log(
    ['call'.padEnd(width), 'obj precision'.padStart(15), 'obj recall'.padStart(15), 'nudge precision'.padStart(15), 'pitch'.padStart(8), 'contract'.padStart(9), 'next step'.padStart(9), 'call type'.padStart(9)].join(' '),
  );
  if (perCall) for (const score of scores) console.log(row(`${score.id}`, totalsOf([score]), width));
  console.log(row('all', totalsOf(scores), width));
  const f1 = lineF1(scores);
  console.log(`per-line macro-F1 read in the call: rep acts ${f1.rep.toFixed(3)} (${f1.repLines} lines), objections ${f1.buyer.toFixed(3)} (${f1.buyerLines} lines)`);
  const kinds = new Map<string, { shown: number; right: number }>();
  for (const verdict of scores.flatMap((s) => s.nudges)) {
    const entry = kinds.get(verdict.kind) ?? { shown: 0, right: 0 };
    entry.shown++;
    if (verdict.right) entry.right++;
    kinds.set(verdict.kind, entry);
  }
  console.log(`nudges by kind (right/shown): ${[...kinds].map(([kind, e]) => `${kind} ${e.right}/${e.shown}`).join(', ') || 'none'}`);
  console.log(`nudges shown during the call and withdrawn by the end (a later call-type reading; not judged above): ${scores.reduce((n, s) => n + s.withdrawnNudges, 0)}`);
  console.log(checklistLine(scores.filter((s) => s.callType.labeled === 'discovery')));
}

/** Discovery calls only (the checklist is what a first discovery call is judged on): items found vs labeled at the end. */
export function checklistLine(scores: readonly WholeCallScore[]): string {
  const items = scores.flatMap((s) => Object.values(s.checklist));
  const agree = items.filter((i) => i.labeled === i.found).length;
  const missed = items.filter((i) => i.labeled && !i.found).length;
  const extra = items.filter((i) => !i.labeled && i.found).length;
  return `checklist items in discovery calls (${scores.length}): agree ${agree}/${items.length} (${ratio(agree, items.length)}); labeled but not found ${missed}; found but not labeled ${extra}`;
}

export function run(): void {
  const devDetails = process.argv.includes('--dev-details');
  console.log('# Whole calls (seeds/calls/corpus): what a rep would have seen, judged against the labels read in context');
  console.log('objection precision/recall: same category within 30 s; pitch: first pitch within 60 s; nudges judged per kind and call type');
  const heldOutSoFar: WholeCallScore[] = [];
  for (const set of HELDOUT_SETS) {
    const scores = scoreSplit(set.split);
    printWholeCallTable(set.title, scores, true);
    heldOutSoFar.push(...scores);
    if (set.together) printWholeCallTable(set.together, heldOutSoFar, false);
  }
  const dev = scoreSplit('dev');
  printWholeCallTable('dev calls (training and tuning data: in-sample for the calls the shipped weights were trained on, so near perfect there; scripts/cv-calls.ts gives the cross-validated figures)', dev, devDetails);
  if (devDetails) {
    for (const score of dev) {
      for (const verdict of score.nudges.filter((n) => !n.right)) console.log(`  ${score.id} wrong ${verdict.kind} at ${verdict.atSec.toFixed(0)} s: ${verdict.why}`);
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    run();
  } catch (error) {
    console.error(`eval-calls: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    process.exitCode = 1;
  }
}
