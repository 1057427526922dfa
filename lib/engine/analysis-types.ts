// What the coaching engine reports about a call, live and at the end. The CLIs' `analyze --json` output,
// the overlay, the popup, the store and the memory all read this shape.
import type { CallType, ChecklistItem, Evidence, Nudge, ObjectionCategory, Phase, SpinAct } from '../types';

export interface ObjectionMoment {
  utteranceId: string;
  category: Exclude<ObjectionCategory, 'none'>;
  atSec: number;
  speaker: string;
  text: string;
}

export interface CallAnalysis {
  durationSec: number;
  /** Rep speaking seconds ÷ all speaking seconds, 0–1 (0 before anyone spoke). */
  repTalkShare: number;
  repTalkSec: number;
  buyerTalkSec: number;
  longestRepMonologueSec: number;
  /** Where the longest monologue began, for evidence. */
  longestRepMonologueAtSec: number | null;
  firstPitchSec: number | null;
  phase: Phase;
  questionCounts: Record<SpinAct, number>;
  objections: ObjectionMoment[];
  checklist: Record<ChecklistItem, boolean>;
  /** The first moment each checklist item was uncovered. */
  checklistEvidence: Partial<Record<ChecklistItem, Evidence>>;
  upfrontContract: boolean;
  nextStep: boolean;
  /** Median silence after the rep's questions before the buyer answers, seconds (null if none measured). */
  medianPauseAfterQuestionSec: number | null;
  /** What the call is for (absent on calls stored before call types existed: read them as discovery). */
  callType?: CallType;
  /** Whether the rep chose the type, it was read from the call, or nothing in the call said. */
  callTypeSource?: 'rep' | 'detected' | 'default';
}

/** Which rule of the debrief wording a point comes from and what it rests on, for checks and evaluation. */
export interface DebriefGrounding {
  key: string;
  /** The line the point quotes, when it quotes one. */
  quoted?: Evidence;
  /** What an opportunity asks the rep to do: `act:<spin act>`, `checklist:<item>`, `upfrontContract`, `nextStep`. */
  asksFor?: string;
}

export interface DebriefPoint {
  atSec: number;
  text: string;
  evidence: Evidence[];
  grounding?: DebriefGrounding;
}

export interface CoachingOpportunity {
  atSec: number;
  moment: string;
  whatHappened: string;
  tryInstead: string;
  whyItMatters: string;
  evidence: Evidence[];
  grounding?: DebriefGrounding;
}

export interface Debrief {
  markdown: string;
  wentWell: DebriefPoint[];
  opportunities: CoachingOpportunity[];
  skillConnection: { focus: string; practice: string; followUp: string };
  /** Who wrote the prose: the template engine, or the opt-in model tier. */
  writtenBy: 'template' | 'model';
}

export interface CallReport {
  analysis: CallAnalysis;
  nudges: Nudge[];
  debrief: Debrief;
}
