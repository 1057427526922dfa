// Scores the coaching engine on one whole labeled call, as a rep lives it: the call is played through the same
// session the overlay uses, and every objection moment it flags and every nudge it raises is judged against the
// line labels written in context. Figures: objection precision and recall (same category, within 30 s), nudge
// precision per kind, first-pitch error, upfront contract and next step agreement, and the lines' labels for
// per-line scores.
import type { CallReport } from '../engine/analysis-types';
import type { LineClassifier } from '../engine/labeling';
import { createSessionCore } from '../engine/session';
import type { CoachSettingsOverrides } from '../engine/settings';
import { CHECKLIST_ITEMS, type ChecklistItem, type LabeledUtterance, type Nudge, type NudgeKind, type ObjectionCategory, type RepAct, type Utterance } from '../types';
import type { CorpusCall, CorpusLine } from './call-file';

/** How far apart a flagged objection and a labeled one may be and still be the same moment. */
export const OBJECTION_MATCH_SEC = 30;
/** A first pitch found this close to the labeled one counts as right. */
export const FIRST_PITCH_MATCH_SEC = 60;

type Category = Exclude<ObjectionCategory, 'none'>;

export interface ObjectionMomentTruth {
  category: Category;
  atSec: number;
  lineIndexes: number[];
}

export interface NudgeVerdict {
  kind: NudgeKind;
  atSec: number;
  right: boolean;
  why: string;
}

export interface WholeCallScore {
  id: string;
  style: CorpusCall['file']['style'];
  lines: number;
  objections: { flagged: number; flaggedRight: number; moments: number; caught: number };
  nudges: NudgeVerdict[];
  /** Nudges a rep saw during the call that the report withdrew (so `nudges` does not judge them). */
  withdrawnNudges: number;
  firstPitch: { labeledSec: number | null; foundSec: number | null; right: boolean };
  upfrontContract: { labeled: boolean; found: boolean };
  nextStep: { labeled: boolean; found: boolean };
  callType: { labeled: CorpusCall['file']['callType']; found: string };
  /** Per discovery-checklist item: whether the labels show it uncovered, and whether the engine found it by the end. */
  checklist: Record<ChecklistItem, { labeled: boolean; found: boolean }>;
  /** Per line, the label read in the call and the labeled one. */
  lineLabels: Array<{ role: 'rep' | 'buyer'; labeled: RepAct | ObjectionCategory; found: RepAct | ObjectionCategory }>;
}

const lineId = (index: number) => `line-${index}`;

export function utteranceOf(line: CorpusLine): Utterance {
  return { id: lineId(line.index), speaker: line.speaker, role: line.role, text: line.text, startSec: line.startSec, endSec: line.endSec, settled: true };
}

/** Consecutive objection lines of one category within the match window are one moment. */
export function objectionMomentsOf(lines: readonly CorpusLine[]): ObjectionMomentTruth[] {
  const moments: ObjectionMomentTruth[] = [];
  for (const line of lines) {
    if (!line.objection || line.objection === 'none') continue;
    const last = moments.at(-1);
    const lastLine = last ? lines[last.lineIndexes.at(-1)!] : undefined;
    if (last && lastLine && last.category === line.objection && line.startSec - lastLine.startSec <= OBJECTION_MATCH_SEC) {
      last.lineIndexes.push(line.index);
    } else {
      moments.push({ category: line.objection, atSec: line.startSec, lineIndexes: [line.index] });
    }
  }
  return moments;
}

/** Whether a flag's category answers a labeled objection's: by default the same category. */
export type CategoryMatch = (flagged: string, labeled: Category) => boolean;
const SAME_CATEGORY: CategoryMatch = (flagged, labeled) => flagged === labeled;
/**
 * Any objection category answers any other: objectionAgreement with it judges the flags with the category left out,
 * which, set beside the agreement, shows how many errors are the wrong category next to real pushback and how many
 * are pushback missed or imagined.
 */
export const ANY_CATEGORY: CategoryMatch = () => true;

const hasObjectionNear = (lines: readonly CorpusLine[], category: string, atSec: number, matches = SAME_CATEGORY) =>
  lines.some(
    (line) => line.objection !== undefined && line.objection !== 'none' && matches(category, line.objection) && Math.abs(line.startSec - atSec) <= OBJECTION_MATCH_SEC,
  );

/** An objection someone flagged: the engine's list of objections, or a second reader's labels. */
export interface FlaggedObjection {
  category: string;
  atSec: number;
}

/**
 * How flagged objections agree with a call's labels: a flag is right when a line of its category (as `matches` reads
 * categories) is labeled within the match window, and a labeled moment is caught when a flag of its category falls
 * within the window of its start.
 */
export function objectionAgreement(
  lines: readonly CorpusLine[],
  flags: readonly FlaggedObjection[],
  matches: CategoryMatch = SAME_CATEGORY,
): WholeCallScore['objections'] {
  const moments = objectionMomentsOf(lines);
  return {
    flagged: flags.length,
    flaggedRight: flags.filter((flag) => hasObjectionNear(lines, flag.category, flag.atSec, matches)).length,
    moments: moments.length,
    caught: moments.filter((moment) =>
      flags.some((flag) => matches(flag.category, moment.category) && Math.abs(flag.atSec - moment.atSec) <= OBJECTION_MATCH_SEC),
    ).length,
  };
}

/** The rep's share of speaking time in the window before `atSec`, from the labeled lines. */
function repShareBefore(lines: readonly CorpusLine[], atSec: number, windowSec: number): number {
  let rep = 0;
  let all = 0;
  for (const line of lines) {
    const from = Math.max(line.startSec, atSec - windowSec);
    const to = Math.min(line.endSec, atSec);
    if (to <= from) continue;
    all += to - from;
    if (line.role === 'rep') rep += to - from;
  }
  return all > 0 ? rep / all : 0;
}

/** The longest stretch before `atSec` in which only the rep spoke (buyer lines under `backChannelSec` do not end it). */
function longestRepStretchBefore(lines: readonly CorpusLine[], atSec: number, backChannelSec: number): number {
  let longest = 0;
  let startedAt: number | null = null;
  for (const line of lines) {
    if (line.startSec > atSec) break;
    if (line.role === 'rep') {
      startedAt ??= line.startSec;
      longest = Math.max(longest, Math.min(line.endSec, atSec) - startedAt);
    } else if (line.endSec - line.startSec > backChannelSec) {
      startedAt = null;
    }
  }
  return longest;
}

export interface ScoringRules {
  talkShareMax: number;
  talkShareWindowSec: number;
  monologueMaxSec: number;
  backChannelMaxSec: number;
  /** Which nudge kinds are right at all in each call type. */
  nudgesByCallType: Record<CorpusCall['file']['callType'], readonly NudgeKind[]>;
}

function judgeNudge(nudge: Nudge, call: CorpusCall, rules: ScoringRules): NudgeVerdict {
  const verdict = (right: boolean, why: string): NudgeVerdict => ({ kind: nudge.kind, atSec: nudge.atSec, right, why });
  const { lines, file } = call;
  if (!rules.nudgesByCallType[file.callType].includes(nudge.kind)) return verdict(false, `no ${nudge.kind} nudge in a ${file.callType} call`);
  const evidenceLine = lines[Number(nudge.evidence[0]?.utteranceId?.replace('line-', '') ?? -1)];
  switch (nudge.kind) {
    case 'objection': {
      const atSec = evidenceLine?.startSec ?? nudge.atSec;
      return verdict(hasObjectionNear(lines, nudge.objection ?? '', atSec), `${nudge.objection} card`);
    }
    case 'early-pitch':
      return verdict(evidenceLine?.act === 'pitch', `early pitch on a line labeled ${evidenceLine?.act}`);
    case 'talk-share':
      return verdict(repShareBefore(lines, nudge.atSec, rules.talkShareWindowSec) > rules.talkShareMax, 'talk share');
    case 'monologue':
      return verdict(longestRepStretchBefore(lines, nudge.atSec, rules.backChannelMaxSec) >= rules.monologueMaxSec * 0.9, 'monologue');
    case 'implication':
      return verdict(!lines.some((line) => line.act === 'implication' && line.startSec <= nudge.atSec), 'no implication question yet');
    case 'checklist': {
      const gaps = nudge.checklistGaps ?? [];
      const open = gaps.filter((item) => {
        const index = file.checklist[item];
        return index === null || lines[index].startSec > nudge.atSec;
      });
      return verdict(gaps.length > 0 && open.length === gaps.length, `checklist gaps ${gaps.join(', ')}`);
    }
    case 'upfront-contract':
      return verdict(!file.upfrontContract, 'no upfront contract');
    case 'next-step':
      return verdict(!file.nextStep, 'no next step');
  }
}

export interface PlayedCall {
  report: CallReport;
  utterances: readonly LabeledUtterance[];
  /** Nudges the session raised during the call that the report no longer holds (withdrawn when the call type changed). */
  withdrawnNudges: number;
}

/** Plays the call through a fresh session: each line heard when it ends, then the clock runs past the end. */
export function playCorpusCall(call: CorpusCall, classifier: LineClassifier, settings?: CoachSettingsOverrides): PlayedCall {
  const core = createSessionCore({ classifier, settings });
  const raisedLive: Nudge[] = [];
  for (const line of call.lines) raisedLive.push(...core.ingestUtterance(utteranceOf(line), line.endSec).nudges);
  for (let extraSec = 5; extraSec <= 30; extraSec += 5) raisedLive.push(...core.evaluate(call.durationSec + extraSec));
  const report = core.report({ callId: call.file.id, platform: 'import', title: call.file.title, repName: call.file.rep, startedAt: 0 });
  const reported = new Set(report.nudges.map((nudge) => nudge.id));
  return { report, utterances: core.utterances(), withdrawnNudges: raisedLive.filter((nudge) => !reported.has(nudge.id)).length };
}

export function scoreWholeCall(call: CorpusCall, played: PlayedCall, rules: ScoringRules): WholeCallScore {
  const { lines, file } = call;
  const { analysis, nudges } = played.report;
  const labeledPitch = lines.find((line) => line.act === 'pitch')?.startSec ?? null;
  const foundPitch = analysis.firstPitchSec;
  const pitchRight =
    labeledPitch === null || foundPitch === null ? labeledPitch === foundPitch : Math.abs(labeledPitch - foundPitch) <= FIRST_PITCH_MATCH_SEC;
  const byId = new Map(played.utterances.map((utterance) => [utterance.id, utterance]));
  const lineLabels = lines.map((line) => {
    const label = byId.get(lineId(line.index))?.label;
    const found = label ? (label.role === 'rep' ? label.act : label.objection) : 'other';
    return { role: line.role, labeled: (line.act ?? line.objection)!, found };
  });
  return {
    id: file.id,
    style: file.style,
    lines: lines.length,
    objections: objectionAgreement(lines, analysis.objections),
    nudges: nudges.map((nudge) => judgeNudge(nudge, call, rules)),
    withdrawnNudges: played.withdrawnNudges,
    firstPitch: { labeledSec: labeledPitch, foundSec: foundPitch, right: pitchRight },
    upfrontContract: { labeled: file.upfrontContract, found: analysis.upfrontContract },
    nextStep: { labeled: file.nextStep, found: analysis.nextStep },
    callType: { labeled: file.callType, found: analysis.callType ?? 'discovery' },
    checklist: Object.fromEntries(
      CHECKLIST_ITEMS.map((item) => [item, { labeled: file.checklist[item] !== null, found: analysis.checklist[item] }]),
    ) as WholeCallScore['checklist'],
    lineLabels,
  };
}
