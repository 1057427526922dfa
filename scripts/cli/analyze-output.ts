// The two ways `npm run analyze` prints a call: one JSON object with a fixed set of keys, or a readable report.
import type { TranscriptAnalysis } from '../../lib/engine/analyze-transcript';
import { formatCallTime } from '../../lib/engine/clock-format';
import { CHECKLIST_ITEMS, SPIN_ACTS } from '../../lib/types';

const seconds = (value: number) => Math.round(value * 10) / 10;

/** The `--json` shape: times in seconds from the first cue, share 0–1. */
export function analysisJson({ report }: TranscriptAnalysis) {
  const { analysis, nudges, debrief } = report;
  return {
    durationSec: seconds(analysis.durationSec),
    repTalkShare: Math.round(analysis.repTalkShare * 1000) / 1000,
    longestRepMonologueSec: seconds(analysis.longestRepMonologueSec),
    firstPitchSec: analysis.firstPitchSec === null ? null : seconds(analysis.firstPitchSec),
    questionCounts: Object.fromEntries(SPIN_ACTS.map((act) => [act, analysis.questionCounts[act]])),
    objections: analysis.objections.map((objection) => ({ category: objection.category, atSec: seconds(objection.atSec) })),
    checklist: Object.fromEntries(CHECKLIST_ITEMS.map((item) => [item, analysis.checklist[item]])),
    upfrontContract: analysis.upfrontContract,
    nextStep: analysis.nextStep,
    nudges: nudges.map((nudge) => ({ atSec: seconds(nudge.atSec), kind: nudge.kind, message: nudge.message })),
    debrief: debrief.markdown,
  };
}

/** The nudges the rep would have seen, then the debrief (which carries the figures). */
export function readableReport({ report }: TranscriptAnalysis): string {
  const lines = [`Nudges during the call (${report.nudges.length}):`];
  for (const nudge of report.nudges) {
    lines.push(`  [${formatCallTime(nudge.atSec)}] ${nudge.kind}: ${nudge.title}`);
    for (const messageLine of nudge.message.split('\n')) lines.push(`      ${messageLine}`);
  }
  if (report.nudges.length === 0) lines.push('  none');
  lines.push('', report.debrief.markdown);
  return lines.join('\n');
}
