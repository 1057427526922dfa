// The shape every coaching rule shares: it is fed each labeled utterance as it arrives (a revision comes with
// the version it replaces), can be read at any moment, and proposes nudge candidates. Whether a candidate is
// shown is the nudge policy's decision, not the analyzer's.
import type { ChecklistItem, Evidence, LabeledUtterance, NudgeKind, ObjectionCategory, Utterance } from '../../types';
import type { CallPlan } from '../call-plan';
import type { Methodology } from '../methodology';
import type { CoachSettings } from '../settings';
import type { TemplateValues } from '../template';
import type { Timeline } from '../timeline';

export interface AnalyzerContext {
  settings: CoachSettings;
  methodology: Methodology;
  /** Shared, read-only for analyzers: the session upserts before it feeds them. */
  timeline: Timeline;
}

/** "Now" in the call, and where its phases fall. */
export interface CallMoment {
  nowSec: number;
  plan: CallPlan;
}

export interface NudgeCandidate {
  kind: NudgeKind;
  /** One occurrence of the condition; the policy raises each key at most once. */
  key: string;
  evidence: Evidence[];
  /** Values for the kind's wording in seeds/methodology/nudges.json. */
  facts: TemplateValues;
  objection?: Exclude<ObjectionCategory, 'none'>;
  checklistGaps?: ChecklistItem[];
}

export interface Analyzer<Result> {
  update(current: LabeledUtterance, previous: LabeledUtterance | undefined): void;
  result(moment: CallMoment): Result;
  /** Called with a non-decreasing `nowSec`; rules that need a condition to last keep their own clock. */
  candidates(moment: CallMoment): NudgeCandidate[];
}

export function evidenceOf(utterance: Utterance): Evidence {
  return { utteranceId: utterance.id, atSec: utterance.startSec, speaker: utterance.speaker, text: utterance.text };
}

export function durationOf(utterance: Utterance): number {
  return Math.max(utterance.endSec - utterance.startSec, 0);
}
