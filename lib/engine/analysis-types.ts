// What the coaching engine reports about a call, live and at the end. The CLIs' `analyze --json` output,
// the overlay, the popup, the store and the memory all read this shape.
import type { CallType, ChecklistItem, Evidence, Nudge, ObjectionCategory, Phase, SpinAct } from '../types';

export interface ObjectionMoment {
  utteranceId: string;
  category: Exclude<ObjectionCategory, 'none'>;
  atSec: number;
  speaker: string;
  text: string;
  /** When the buyer took it back ("scratch that, it's fine"), if they did. */
  withdrawnAtSec?: number;
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
  // Interaction figures read against published benchmarks (seeds/methodology/benchmarks.json). Optional: calls
  // stored before they existed have none, and the UI then shows nothing for them.
  /** The buyer's longest uninterrupted stretch, seconds (rep back-channels do not break it). */
  longestCustomerStorySec?: number;
  longestCustomerStoryAtSec?: number | null;
  /** Speaker changes per minute; null for calls under a minute. */
  speakerSwitchesPerMinute?: number | null;
  /** Rep questions (discovery acts or lines asked as questions). */
  repQuestionCount?: number;
  /** Share of the call's four quarters with at least one rep question, 0–1. */
  questionSpread?: number | null;
  /** Median pause before the rep speaks after the buyer stops, seconds; as exact as the caption timing. */
  repPatienceSec?: number | null;
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
