// The words the UI uses for the contract's names (lib/types.ts). One table of message keys per name family, so every
// surface calls a thing the same, in the rep's UI language.
import type { CallSource, ChecklistItem, NudgeKind, ObjectionCategory, Phase, Platform, RepAct, SpinAct } from '../../lib/types';
import { isPlatform, platformDefinition } from '../../platforms/registry';
import { t, type PlainMessageKey } from './i18n';

const PHASE_KEYS: Record<Phase, PlainMessageKey> = {
  opening: 'shared_phase_opening',
  discovery: 'shared_phase_discovery',
  pitch: 'shared_phase_pitch',
  next_steps: 'shared_phase_next_steps',
};

const CHECKLIST_KEYS: Record<ChecklistItem, PlainMessageKey> = {
  problem: 'shared_checklist_problem',
  root_cause: 'shared_checklist_root_cause',
  impact: 'shared_checklist_impact',
  stakeholders: 'shared_checklist_stakeholders',
  trigger: 'shared_checklist_trigger',
  cost_of_inaction: 'shared_checklist_cost_of_inaction',
};

const SPIN_KEYS: Record<SpinAct, { short: PlainMessageKey; label: PlainMessageKey }> = {
  situation: { short: 'shared_spin_situation_short', label: 'shared_spin_situation' },
  problem: { short: 'shared_spin_problem_short', label: 'shared_spin_problem' },
  implication: { short: 'shared_spin_implication_short', label: 'shared_spin_implication' },
  need_payoff: { short: 'shared_spin_need_payoff_short', label: 'shared_spin_need_payoff' },
};

const REP_ACT_KEYS: Record<RepAct, PlainMessageKey> = {
  situation: 'shared_spin_situation',
  problem: 'shared_spin_problem',
  implication: 'shared_spin_implication',
  need_payoff: 'shared_spin_need_payoff',
  pitch: 'shared_act_pitch',
  other: 'shared_act_other',
};

const OBJECTION_KEYS: Record<ObjectionCategory, PlainMessageKey> = {
  budget: 'shared_objection_budget',
  timing: 'shared_objection_timing',
  competition: 'shared_objection_competition',
  none: 'shared_objection_none',
};

const NUDGE_KIND_KEYS: Record<NudgeKind, PlainMessageKey> = {
  'talk-share': 'shared_nudge_talk_share',
  monologue: 'shared_nudge_monologue',
  'early-pitch': 'shared_nudge_early_pitch',
  implication: 'shared_nudge_implication',
  objection: 'shared_nudge_objection',
  checklist: 'shared_nudge_checklist',
  'upfront-contract': 'shared_nudge_upfront_contract',
  'next-step': 'shared_nudge_next_step',
};

/** The sources of a call that are no meeting platform (the platforms name themselves in their definitions). */
const OTHER_SOURCE_KEYS: Record<Exclude<CallSource, Platform>, PlainMessageKey> = {
  import: 'shared_platform_import',
  demo: 'shared_platform_demo',
};


export const phaseLabel = (phase: Phase) => t(PHASE_KEYS[phase]);
export const checklistLabel = (item: ChecklistItem) => t(CHECKLIST_KEYS[item]);
export const spinLabel = (act: SpinAct) => t(SPIN_KEYS[act].label);
/** One letter per SPIN act, for compact counts ("S · P · I · N"). */
export const spinShortLabel = (act: SpinAct) => t(SPIN_KEYS[act].short);
export const repActLabel = (act: RepAct) => t(REP_ACT_KEYS[act]);
export const objectionLabel = (category: ObjectionCategory) => t(OBJECTION_KEYS[category]);
/** "Budget objection": the category as the name of an objection (none stays "No objection"). */
export const objectionName = (category: ObjectionCategory) =>
  category === 'none' ? objectionLabel(category) : t('shared_objection_named', objectionLabel(category));
export const nudgeKindLabel = (kind: NudgeKind) => t(NUDGE_KIND_KEYS[kind]);
export const platformLabel = (source: CallSource) =>
  t(isPlatform(source) ? platformDefinition(source).displayName : OTHER_SOURCE_KEYS[source]);
