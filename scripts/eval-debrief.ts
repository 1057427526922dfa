// Why: a debrief is only worth reading if a coach would sign it. This check plays every corpus call through the
// session, reads the debrief it writes and judges each statement against the labels written in context (never
// against the engine's own labels): quotes in the right mouth, no advice to do what the call already had, no
// praise for events the labels do not show, next step and call type right, and how varied the advice is.
// Held-out calls are reported only as aggregate figures; `--dev-details` lists the dev calls' failures.
//   npx tsx scripts/eval-debrief.ts [--dev-details]   (also run by `npm run eval`)
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CoachingOpportunity, Debrief, DebriefGrounding, DebriefPoint } from '../lib/engine/analysis-types';
import type { CorpusCall, CorpusLine } from '../lib/call-corpus/call-file';
import { playCorpusCall } from '../lib/call-corpus/whole-call-score';
import { defaultClassifier } from '../lib/classifier';
import { METHODOLOGY } from '../lib/engine/methodology';
import type { OpportunityKey, WentWellKey } from '../lib/engine/methodology/schema';
import { opportunityKeyOf, wentWellKeyOf } from '../lib/memory/debrief-keys';
import { CHECKLIST_ITEMS } from '../lib/types';
import { HELDOUT_SETS, loadCorpusCalls, type CorpusSplit } from './cli/corpus-calls';

const wording = METHODOLOGY.debriefWording;

export interface DebriefVerdicts {
  quotes: { checked: number; right: number };
  advice: { given: number; alreadyHad: number; wrongCallType: number };
  praise: { given: number; unsupported: number };
  nextStepRight: boolean;
  callTypeRight: boolean;
  /** The suggested words of the lead opportunity, and the gap it coaches (`key` + what it asks for). */
  suggestion: { words: string; gap: string } | null;
  failures: string[];
}

const lineOf = (call: CorpusCall, utteranceId: string | undefined): CorpusLine | undefined =>
  utteranceId?.startsWith('line-') ? call.lines[Number(utteranceId.slice(5))] : undefined;

/** The grounding the debrief carries, or (for debriefs written before it did) one read back from the wording. */
function groundingOfPoint(point: DebriefPoint): DebriefGrounding | null {
  if (point.grounding) return point.grounding;
  const key = wentWellKeyOf(point, [wording]);
  return key ? { key, quoted: point.evidence.find((e) => e.text && point.text.includes(e.text.slice(0, 40))) } : null;
}

function groundingOfOpportunity(opportunity: CoachingOpportunity): DebriefGrounding | null {
  if (opportunity.grounding) return opportunity.grounding;
  const key = opportunityKeyOf(opportunity, [wording]) as OpportunityKey | null;
  if (!key) return null;
  const quoted = opportunity.evidence.find((e) => e.text && opportunity.moment.includes(e.text.slice(0, 40)));
  const gap = CHECKLIST_ITEMS.find((item) => METHODOLOGY.playbook.checklist[item].some((words) => opportunity.tryInstead.includes(words.slice(0, 30))));
  const asksFor: Partial<Record<OpportunityKey, string>> = {
    earlyPitch: gap && `checklist:${gap}`,
    checklistGap: gap && `checklist:${gap}`,
    noImplication: 'act:implication',
    oneMoreQuestion: 'act:need_payoff',
    noNextStep: 'nextStep',
    noUpfrontContract: 'upfrontContract',
  };
  return { key, quoted, asksFor: asksFor[key] };
}

/** Whether the call, by its labels, already had what the advice asks for, by `atSec`. */
function callAlreadyHad(call: CorpusCall, asksFor: string, atSec: number): boolean {
  const [kind, what] = asksFor.split(':');
  if (kind === 'act') return call.lines.some((line) => line.act === what && line.startSec <= atSec);
  if (kind === 'checklist') {
    const index = call.file.checklist[what as (typeof CHECKLIST_ITEMS)[number]];
    return index !== null && index !== undefined && call.lines[index].startSec <= atSec;
  }
  if (kind === 'recap') {
    // No label marks a recap: the corpus text is read with the same cues (an upper bound on what the rule sees).
    const cues = wording.grounding.recapCues.map((source) => new RegExp(source, 'i'));
    return call.lines.some((line) => line.role === 'rep' && line.startSec <= atSec && cues.some((cue) => cue.test(line.text)));
  }
  return kind === 'upfrontContract' ? call.file.upfrontContract : call.file.nextStep;
}

function labeledRepShare(call: CorpusCall): number {
  let rep = 0;
  let all = 0;
  for (const line of call.lines) {
    all += line.endSec - line.startSec;
    if (line.role === 'rep') rep += line.endSec - line.startSec;
  }
  return all > 0 ? rep / all : 0;
}

/** Whether the labeled lines show the event a strength praises. */
function labelsShow(call: CorpusCall, key: WentWellKey, point: DebriefPoint, grounding: DebriefGrounding): boolean {
  const main = lineOf(call, point.evidence[0]?.utteranceId);
  const quoted = lineOf(call, grounding.quoted?.utteranceId);
  switch (key) {
    case 'implicationQuestion':
      return main?.act === 'implication';
    case 'needPayoffQuestion':
      return main?.act === 'need_payoff';
    case 'upfrontContract':
      return call.file.upfrontContract;
    case 'checklistRootCause':
      return call.file.checklist.root_cause !== null;
    case 'objectionClarified':
      return !!main?.objection && main.objection !== 'none';
    case 'nextStep':
      return call.file.nextStep;
    case 'balancedTalk':
      return labeledRepShare(call) <= METHODOLOGY.thresholds.talkShare.max;
    case 'patientPitch':
      return quoted?.act === 'pitch';
  }
}

export function judgeDebrief(call: CorpusCall, debrief: Debrief, found: { nextStep: boolean; callType: string }): DebriefVerdicts {
  const verdicts: DebriefVerdicts = {
    quotes: { checked: 0, right: 0 },
    advice: { given: 0, alreadyHad: 0, wrongCallType: 0 },
    praise: { given: 0, unsupported: 0 },
    nextStepRight: found.nextStep === call.file.nextStep,
    callTypeRight: found.callType === call.file.callType,
    suggestion: null,
    failures: [],
  };
  const checkQuote = (speaker: string, grounding: DebriefGrounding) => {
    const quoted = lineOf(call, grounding.quoted?.utteranceId);
    if (speaker === 'any' || !quoted) return;
    verdicts.quotes.checked++;
    if (quoted.role === speaker) verdicts.quotes.right++;
    else verdicts.failures.push(`${grounding.key} quotes a ${quoted.role} line: "${quoted.text}"`);
  };
  for (const point of debrief.wentWell) {
    const grounding = groundingOfPoint(point);
    if (!grounding) continue;
    const key = grounding.key as WentWellKey;
    checkQuote(wording.wentWell[key]?.quoteSpeaker ?? 'any', grounding);
    verdicts.praise.given++;
    if (!labelsShow(call, key, point, grounding)) {
      verdicts.praise.unsupported++;
      verdicts.failures.push(`praise ${key} not shown by the labels at ${point.atSec.toFixed(0)} s`);
    }
  }
  for (const [index, opportunity] of debrief.opportunities.entries()) {
    const grounding = groundingOfOpportunity(opportunity);
    if (!grounding) continue;
    const key = grounding.key as OpportunityKey;
    checkQuote(wording.opportunities[key]?.quoteSpeaker ?? 'any', grounding);
    verdicts.advice.given++;
    if (!wording.byCallType[call.file.callType].opportunityOrder.includes(key)) {
      verdicts.advice.wrongCallType++;
      verdicts.failures.push(`${key} is not judged in a ${call.file.callType} call`);
    }
    if (grounding.asksFor && callAlreadyHad(call, grounding.asksFor, opportunity.atSec)) {
      verdicts.advice.alreadyHad++;
      verdicts.failures.push(`${key} asks for ${grounding.asksFor}, which the call had by ${opportunity.atSec.toFixed(0)} s`);
    }
    if (index === 0) verdicts.suggestion = { words: opportunity.tryInstead, gap: `${key}:${grounding.asksFor ?? opportunity.tryInstead}` };
  }
  return verdicts;
}

export function judgeSplit(split: CorpusSplit): Array<{ id: string; verdicts: DebriefVerdicts }> {
  const classifier = defaultClassifier();
  return loadCorpusCalls(split).map((call) => {
    const { report } = playCorpusCall(call, classifier);
    const found = { nextStep: report.analysis.nextStep, callType: report.analysis.callType ?? 'discovery' };
    return { id: call.file.id, verdicts: judgeDebrief(call, report.debrief, found) };
  });
}

const pct = (part: number, all: number) => (all === 0 ? '—' : `${Math.round((part / all) * 100)} %`);

/** Aggregate figures only: nothing here names a call or quotes a line. */
export function printDebriefCheck(title: string, judged: ReadonlyArray<{ verdicts: DebriefVerdicts }>): void {
  const sum = (pick: (v: DebriefVerdicts) => number) => judged.reduce((total, { verdicts }) => total + pick(verdicts), 0);
  const quotes = { checked: sum((v) => v.quotes.checked), right: sum((v) => v.quotes.right) };
  const suggestions = judged.flatMap(({ verdicts }) => (verdicts.suggestion ? [verdicts.suggestion] : []));
  const gapsByWords = new Map<string, Set<string>>();
  for (const { words, gap } of suggestions) gapsByWords.set(words, (gapsByWords.get(words) ?? new Set()).add(gap));
  const sharedWithoutGap = [...gapsByWords.values()].filter((gaps) => gaps.size > 1).length;
  console.log(`\n## debrief check: ${title} (${judged.length} calls)`);
  console.log(`quotes attributed to the right speaker: ${quotes.right}/${quotes.checked} (${pct(quotes.right, quotes.checked)}; target 100 %)`);
  console.log(`advice asking for what the call already had: ${sum((v) => v.advice.alreadyHad)} of ${sum((v) => v.advice.given)} (target 0)`);
  console.log(`advice not judged in the call's labeled type: ${sum((v) => v.advice.wrongCallType)} (target 0)`);
  console.log(`praise for events the labels do not show: ${sum((v) => v.praise.unsupported)} of ${sum((v) => v.praise.given)} (target 0)`);
  console.log(`next-step agreement: ${sum((v) => (v.nextStepRight ? 1 : 0))}/${judged.length} (${pct(sum((v) => (v.nextStepRight ? 1 : 0)), judged.length)}; target ≥ 90 %)`);
  console.log(`call type right: ${sum((v) => (v.callTypeRight ? 1 : 0))}/${judged.length} (${pct(sum((v) => (v.callTypeRight ? 1 : 0)), judged.length)}; target ≥ 90 %)`);
  console.log(`suggested words: ${gapsByWords.size} different over ${suggestions.length} calls; the same words for different gaps: ${sharedWithoutGap} (target 0)`);
}

export function run(): void {
  console.log('# Debrief check: every statement of the debrief judged against the labels written in context');
  for (const set of HELDOUT_SETS) printDebriefCheck(set.debriefTitle, judgeSplit(set.split));
  const dev = judgeSplit('dev');
  printDebriefCheck('dev calls', dev);
  if (process.argv.includes('--dev-details')) for (const { id, verdicts } of dev) for (const failure of verdicts.failures) console.log(`  ${id}: ${failure}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    run();
  } catch (error) {
    console.error(`eval-debrief: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    process.exitCode = 1;
  }
}
