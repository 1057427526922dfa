// The contract shared by the caption adapters, the coaching engine, the store, the CLIs and the UI.
// Label names follow docs/methodology.md exactly.

import { PLATFORMS } from '../platforms/registry';

/** The meeting platforms, from their registry (one folder each under platforms/). */
export { PLATFORMS, type Platform } from '../platforms/registry';

/** Where a stored call came from: a meeting platform, an imported transcript, or the built-in demo. */
export const CALL_SOURCES = [...PLATFORMS, 'import', 'demo'] as const;
export type CallSource = (typeof CALL_SOURCES)[number];

export const ROLES = ['rep', 'buyer'] as const;
export type Role = (typeof ROLES)[number];

export const REP_ACTS = ['situation', 'problem', 'implication', 'need_payoff', 'pitch', 'other'] as const;
export type RepAct = (typeof REP_ACTS)[number];

/** The four acts that count as SPIN questions. */
export const SPIN_ACTS = ['situation', 'problem', 'implication', 'need_payoff'] as const;
export type SpinAct = (typeof SPIN_ACTS)[number];

export const OBJECTION_CATEGORIES = ['budget', 'timing', 'competition', 'none'] as const;
export type ObjectionCategory = (typeof OBJECTION_CATEGORIES)[number];

export const CHECKLIST_ITEMS = [
  'problem',
  'root_cause',
  'impact',
  'stakeholders',
  'trigger',
  'cost_of_inaction',
] as const;
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];

/** What the call is for; it changes what good looks like (pitching at minute two is rushed only in discovery). */
export const CALL_TYPES = ['discovery', 'follow-up', 'pricing', 'cold-call'] as const;
export type CallType = (typeof CALL_TYPES)[number];

export const PHASES = ['opening', 'discovery', 'pitch', 'next_steps'] as const;
export type Phase = (typeof PHASES)[number];

export const NUDGE_KINDS = [
  'talk-share',
  'monologue',
  'early-pitch',
  'implication',
  'objection',
  'checklist',
  'upfront-contract',
  'next-step',
] as const;
export type NudgeKind = (typeof NUDGE_KINDS)[number];

/**
 * One revision of a caption line as a platform adapter sees it. An in-place rewrite of the same caption
 * produces another revision with the same id; `final` turns true once the platform stops rewriting it.
 * Times are epoch milliseconds (the page clock).
 */
export interface UtteranceRevision {
  id: string;
  speaker: string;
  /** True when the platform marks the line as the local user ("You" or its localized label). */
  self: boolean;
  text: string;
  startedAt: number;
  updatedAt: number;
  final: boolean;
}

/** An utterance placed on the call's timeline, with the speaker's role resolved. Seconds from call start. */
export interface Utterance {
  id: string;
  speaker: string;
  role: Role;
  text: string;
  startSec: number;
  endSec: number;
  /** True once the text will not be rewritten any more (a final caption revision, a transcript cue). */
  settled?: boolean;
}

/** Which classifier produced a label: the always-on fast model or the opt-in WebGPU model. */
export type LabelTier = 'fast' | 'model';

export type UtteranceLabel =
  | { role: 'rep'; act: RepAct; confidence: number; tier: LabelTier }
  | {
      role: 'buyer';
      objection: ObjectionCategory;
      confidence: number;
      tier: LabelTier;
      /** The rep line that acknowledged this row as pushback, which makes an unsure objection reading count. */
      acknowledgedBy?: string;
    };

export type LabeledUtterance = Utterance & { label: UtteranceLabel };

/** The moments a nudge or a debrief point rests on. */
export interface Evidence {
  utteranceId?: string;
  atSec: number;
  speaker?: string;
  text?: string;
}

export interface Nudge {
  id: string;
  kind: NudgeKind;
  atSec: number;
  title: string;
  message: string;
  /** The words to say or ask now, short enough to read at a glance; the message says why. */
  say?: string;
  priority: number;
  evidence: Evidence[];
  /** Present on objection nudges. */
  objection?: ObjectionCategory;
  /** Present on checklist nudges: the items still open. */
  checklistGaps?: ChecklistItem[];
}

export interface CallMeta {
  callId: string;
  platform: CallSource;
  title: string;
  repName: string;
  startedAt: number;
}
