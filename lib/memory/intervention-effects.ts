// Did a nudge change what the rep did next? For each nudge kind with a rule in seeds/memory/interventions.json,
// the rule's metric is measured in a window before the nudge and the same window after it (clipped to the
// call). The Coaching Themes model pools these per kind to say whether the nudge has measurably helped.
import type { CallAnalysis } from '../engine/analysis-types';
import type { Thresholds } from '../engine/methodology';
import type { LabeledUtterance, Nudge, RepAct } from '../types';
import type { MetricKey, WithinCallEffect } from './memory-schema';
import type { InterventionSeeds } from './memory-seeds';

export interface EffectContext {
  utterances: readonly LabeledUtterance[];
  analysis: CallAnalysis;
  thresholds: Thresholds;
  seeds: InterventionSeeds['withinCall'];
}

interface Window {
  fromSec: number;
  toSec: number;
}

const overlapSec = (line: LabeledUtterance, window: Window) =>
  Math.max(Math.min(line.endSec, window.toSec) - Math.max(line.startSec, window.fromSec), 0);

function talkShareIn(context: EffectContext, window: Window): number | null {
  let rep = 0;
  let all = 0;
  for (const line of context.utterances) {
    const spoken = overlapSec(line, window);
    all += spoken;
    if (line.role === 'rep') rep += spoken;
  }
  return all >= context.seeds.minWindowTalkSec ? rep / all : null;
}

/** Rep runs as the engine counts monologues: short buyer back-channels and short silences don't end them. */
function repRuns(context: EffectContext): Window[] {
  const { backChannelMaxSec, maxSilenceSec } = context.thresholds.monologue;
  const runs: Window[] = [];
  let open: Window | null = null;
  for (const line of context.utterances) {
    if (line.role === 'buyer') {
      if (line.endSec - line.startSec > backChannelMaxSec && open) {
        runs.push(open);
        open = null;
      }
      continue;
    }
    if (open && line.startSec - open.toSec <= maxSilenceSec) open.toSec = Math.max(open.toSec, line.endSec);
    else {
      if (open) runs.push(open);
      open = { fromSec: line.startSec, toSec: line.endSec };
    }
  }
  if (open) runs.push(open);
  return runs;
}

function longestRunIn(context: EffectContext, window: Window): number {
  let longest = 0;
  for (const run of repRuns(context)) {
    longest = Math.max(longest, Math.min(run.toSec, window.toSec) - Math.max(run.fromSec, window.fromSec));
  }
  return longest;
}

const repLinesWithAct = (context: EffectContext, window: Window, act: RepAct) =>
  context.utterances.filter(
    (line) => line.label.role === 'rep' && line.label.act === act && line.startSec >= window.fromSec && line.startSec < window.toSec,
  ).length;

const checklistUncoveredIn = (context: EffectContext, window: Window) =>
  Object.values(context.analysis.checklistEvidence).filter((evidence) => evidence && evidence.atSec >= window.fromSec && evidence.atSec < window.toSec)
    .length;

/** Measures one metric in the window before and after `atSec`; null when the call gives too little to compare. */
const METRICS: Record<MetricKey, (context: EffectContext, before: Window, after: Window) => { before: number; after: number } | null> = {
  repTalkShare: (context, before, after) => {
    const shareBefore = talkShareIn(context, before);
    const shareAfter = talkShareIn(context, after);
    return shareBefore === null || shareAfter === null ? null : { before: shareBefore, after: shareAfter };
  },
  longestMonologueSec: (context, before, after) => ({ before: longestRunIn(context, before), after: longestRunIn(context, after) }),
  implicationQuestions: (context, before, after) => ({
    before: repLinesWithAct(context, before, 'implication'),
    after: repLinesWithAct(context, after, 'implication'),
  }),
  pitchLines: (context, before, after) => ({ before: repLinesWithAct(context, before, 'pitch'), after: repLinesWithAct(context, after, 'pitch') }),
  checklistItemsUncovered: (context, before, after) => ({
    before: checklistUncoveredIn(context, before),
    after: checklistUncoveredIn(context, after),
  }),
  // The nudge is only raised while the contract / next step is missing, so "before" is 0 by construction.
  upfrontContractSet: (context) => ({ before: 0, after: context.analysis.upfrontContract ? 1 : 0 }),
  nextStepBooked: (context) => ({ before: 0, after: context.analysis.nextStep ? 1 : 0 }),
};

export function withinCallEffect(nudge: Nudge, context: EffectContext): WithinCallEffect | null {
  const rule = context.seeds.byNudge[nudge.kind];
  if (!rule) return null;
  const before = { fromSec: Math.max(nudge.atSec - rule.windowSec, 0), toSec: nudge.atSec };
  const after = { fromSec: nudge.atSec, toSec: Math.min(nudge.atSec + rule.windowSec, context.analysis.durationSec) };
  if (after.toSec - after.fromSec < context.seeds.minAfterSec) return null;
  const measured = METRICS[rule.metric](context, before, after);
  return measured && { metric: rule.metric, ...measured };
}

/** True when the change from before to after goes the rule's way by at least its margin. */
export function changeHelped(before: number, after: number, better: 'lower' | 'higher', margin: number): boolean {
  return better === 'lower' ? before - after >= margin : after - before >= margin;
}
