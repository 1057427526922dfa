// Which coaching themes a call shows as a gap or a strength (rules in seeds/memory/themes.json, limits from the
// engine's thresholds so memory agrees with the debrief), each with the lines that show it.
import type { CallAnalysis } from '../engine/analysis-types';
import type { CallPlan } from '../engine/call-plan';
import type { Thresholds } from '../engine/methodology';
import type { Evidence, LabeledUtterance, RepAct } from '../types';
import type { ObjectionHandling, ThemeKey } from './memory-schema';
import type { ThemeSeeds } from './memory-seeds';
import { formatCallTime } from '../engine/clock-format';
import { fillTemplate } from '../engine/template';

export interface ThemeVerdict {
  theme: ThemeKey;
  polarity: 'gap' | 'strength';
  evidence: Evidence[];
}

export interface BehaviourInput {
  analysis: CallAnalysis;
  utterances: readonly LabeledUtterance[];
  plan: CallPlan;
  thresholds: Thresholds;
  rules: ThemeSeeds['rules'];
  /** The figure line cited under the talk-share theme. */
  talkShareFigure: ThemeSeeds['talkShareFigure'];
  objections: Array<{ handling: ObjectionHandling; evidence: Evidence[] }>;
}

const evidenceOf = (line: LabeledUtterance): Evidence => ({ utteranceId: line.id, atSec: line.startSec, speaker: line.speaker, text: line.text });
const lines = (...found: Array<LabeledUtterance | null | undefined>) => found.filter((line): line is LabeledUtterance => !!line).map(evidenceOf);

const isAct = (line: LabeledUtterance, act: RepAct) => line.label.role === 'rep' && line.label.act === act;
const firstOfAct = (input: BehaviourInput, act: RepAct) => input.utterances.find((line) => isAct(line, act));
const firstRep = (input: BehaviourInput) => input.utterances.find((line) => line.role === 'rep');
const lastRep = (input: BehaviourInput) => input.utterances.findLast((line) => line.role === 'rep');

function longestOf(input: BehaviourInput, role: LabeledUtterance['role']) {
  let longest: LabeledUtterance | undefined;
  for (const line of input.utterances) {
    if (line.role === role && (!longest || line.endSec - line.startSec > longest.endSec - longest.startSec)) longest = line;
  }
  return longest;
}

const monologueStart = (input: BehaviourInput) =>
  input.utterances.find((line) => line.role === 'rep' && line.startSec === input.analysis.longestRepMonologueAtSec);

function talkFigures({ analysis, talkShareFigure }: BehaviourInput): Evidence {
  const text = fillTemplate(talkShareFigure.text, {
    sharePct: Math.round(analysis.repTalkShare * 100),
    repTime: formatCallTime(analysis.repTalkSec),
    talkTime: formatCallTime(analysis.repTalkSec + analysis.buyerTalkSec),
    monologue: formatCallTime(analysis.longestRepMonologueSec),
    at: formatCallTime(analysis.longestRepMonologueAtSec ?? 0),
  });
  return { atSec: analysis.longestRepMonologueAtSec ?? 0, speaker: talkShareFigure.speaker, text };
}

type Verdict = Omit<ThemeVerdict, 'theme'> | null;
const gap = (evidence: Evidence[]): Verdict => ({ polarity: 'gap', evidence });
const strength = (evidence: Evidence[]): Verdict => ({ polarity: 'strength', evidence });

const RULES: Record<ThemeKey, (input: BehaviourInput) => Verdict> = {
  early_pitch: (input) => {
    const { firstPitchSec } = input.analysis;
    if (firstPitchSec === null) return null;
    const pitch = input.utterances.find((line) => isAct(line, 'pitch') && line.startSec === firstPitchSec) ?? firstOfAct(input, 'pitch');
    return firstPitchSec < input.plan.earlyPitchBeforeSec ? gap(lines(pitch)) : strength(lines(pitch));
  },
  talk_share: (input) => {
    const { analysis, thresholds } = input;
    if (analysis.repTalkSec === 0 || analysis.buyerTalkSec === 0) return null;
    // The theme is the share of the talking: cite the figures and the longest monologue, not the longest line.
    return analysis.repTalkShare > thresholds.talkShare.max ? gap([talkFigures(input), ...lines(monologueStart(input))]) : strength(lines(longestOf(input, 'buyer')));
  },
  monologue: (input) => {
    const { longestRepMonologueSec, longestRepMonologueAtSec } = input.analysis;
    if (longestRepMonologueAtSec === null) return null;
    const start = input.utterances.find((line) => line.role === 'rep' && line.startSec === longestRepMonologueAtSec);
    return longestRepMonologueSec > input.thresholds.monologue.maxSec ? gap(lines(start)) : strength(lines(start));
  },
  implication: (input) => {
    const asked = input.analysis.questionCounts.implication;
    if (asked >= input.rules.implicationStrengthMinQuestions) return strength(lines(firstOfAct(input, 'implication')));
    if (asked > 0) return null;
    const problem = input.analysis.checklistEvidence.problem;
    return gap(problem ? [problem] : lines(firstOfAct(input, 'problem') ?? firstRep(input)));
  },
  checklist: (input) => {
    const open = Object.values(input.analysis.checklist).filter((covered) => !covered).length;
    if (open === 0) {
      const found = input.analysis.checklistEvidence.root_cause ?? input.analysis.checklistEvidence.impact;
      return strength(found ? [found] : lines(lastRep(input)));
    }
    if (open < input.rules.checklistGapMinOpenItems) return null;
    const pitch = input.analysis.firstPitchSec === null ? null : input.utterances.find((line) => line.startSec === input.analysis.firstPitchSec);
    return gap(lines(pitch ?? lastRep(input)));
  },
  objection_handling: ({ objections }) => {
    if (objections.length === 0) return null;
    const missed = objections.find((objection) => objection.handling === 'pitched' || objection.handling === 'answered');
    if (missed) return gap(missed.evidence);
    return objections.every((objection) => objection.handling === 'clarified') ? strength(objections[0].evidence) : null;
  },
  next_step: (input) => (input.analysis.nextStep ? strength(lines(lastRep(input))) : gap(lines(lastRep(input)))),
  upfront_contract: (input) => (input.analysis.upfrontContract ? strength(lines(firstRep(input))) : gap(lines(firstRep(input)))),
};

/**
 * Every theme the call shows, in the seed's order. `preferred` holds lines the debrief already chose for a
 * theme (its coaching moment or strength); they are better evidence than the fallbacks above. `judged` says
 * whether the call's type judges the theme that way (a pricing call never feeds "pitches too early").
 */
export function themeVerdicts(
  input: BehaviourInput,
  order: readonly ThemeKey[],
  preferred: Map<string, Evidence[]>,
  judged: (theme: ThemeKey, polarity: ThemeVerdict['polarity']) => boolean = () => true,
): ThemeVerdict[] {
  const verdicts: ThemeVerdict[] = [];
  for (const theme of order) {
    const verdict = RULES[theme](input);
    if (!verdict || !judged(theme, verdict.polarity)) continue;
    // The talk-share gap is a figure: its own evidence (figures + monologue) beats any single debrief line.
    const evidence = (theme === 'talk_share' ? undefined : preferred.get(`${theme}:${verdict.polarity}`)) ?? verdict.evidence;
    if (evidence.length > 0) verdicts.push({ theme, polarity: verdict.polarity, evidence });
  }
  return verdicts;
}
