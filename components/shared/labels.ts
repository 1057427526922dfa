// The words the UI uses for the contract's names (lib/types.ts). One table per name family, so every
// surface calls a thing the same.
import type { ChecklistItem, NudgeKind, ObjectionCategory, Phase, Platform, RepAct, SpinAct } from '../../lib/types';

export const PHASE_LABELS: Record<Phase, string> = {
  opening: 'Opening',
  discovery: 'Discovery',
  pitch: 'Pitch',
  next_steps: 'Next steps',
};

export const CHECKLIST_LABELS: Record<ChecklistItem, { label: string }> = {
  problem: { label: 'Problem' },
  root_cause: { label: 'Root cause' },
  impact: { label: 'Impact' },
  stakeholders: { label: 'Stakeholders' },
  trigger: { label: 'Trigger' },
  cost_of_inaction: { label: 'Cost of inaction' },
};

export const SPIN_LABELS: Record<SpinAct, { short: string; label: string }> = {
  situation: { short: 'S', label: 'Situation' },
  problem: { short: 'P', label: 'Problem' },
  implication: { short: 'I', label: 'Implication' },
  need_payoff: { short: 'N', label: 'Need-payoff' },
};

export const REP_ACT_LABELS: Record<RepAct, string> = {
  situation: 'Situation',
  problem: 'Problem',
  implication: 'Implication',
  need_payoff: 'Need-payoff',
  pitch: 'Pitch',
  other: 'Other',
};

export const OBJECTION_LABELS: Record<ObjectionCategory, string> = {
  budget: 'Budget',
  timing: 'Timing',
  competition: 'Competition',
  none: 'No objection',
};

export const NUDGE_KIND_LABELS: Record<NudgeKind, string> = {
  'talk-share': 'Talk share',
  monologue: 'Monologue',
  'early-pitch': 'Early pitch',
  implication: 'Go deeper',
  objection: 'Objection',
  checklist: 'Checklist',
  'upfront-contract': 'Upfront contract',
  'next-step': 'Next step',
};

export const PLATFORM_LABELS: Record<Platform | 'import' | 'demo', string> = {
  meet: 'Google Meet',
  teams: 'Microsoft Teams',
  zoom: 'Zoom',
  import: 'Imported',
  demo: 'Demo',
};
