// Turns a nudge candidate into the words the overlay shows, from seeds/methodology/nudges.json and the
// playbook. Repeated nudges of one kind rotate through the playbook's example words.
import type { ChecklistItem, Nudge } from '../types';
import type { NudgeCandidate } from './analyzers/analyzer';
import { playbookPrompts, type AecrCard, type Methodology } from './methodology';
import type { CoachSettings } from './settings';
import { sayLine } from './say-line';
import { fillTemplate, type TemplateValues } from './template';

export interface WordingContext {
  /** The most important open checklist item, for prompts that point at a discovery gap. */
  firstGap: ChecklistItem | undefined;
  /** How many nudges of this kind were raised before this one. */
  timesRaised: number;
}

export interface NudgeIdentity {
  id: string;
  atSec: number;
  priority: number;
}

export function aecrCardFor(methodology: Methodology, category: NonNullable<NudgeCandidate['objection']>): AecrCard {
  return methodology.objections[category];
}

export function composeNudge(
  candidate: NudgeCandidate,
  identity: NudgeIdentity,
  context: WordingContext,
  methodology: Methodology,
  settings: CoachSettings,
): Nudge {
  const wording = methodology.nudgeWording[candidate.kind];
  const gaps = candidate.checklistGaps ?? [];
  const gap = gaps[0] ?? context.firstGap ?? methodology.playbook.checklistPriority[0];
  const pathValues = { gap, category: candidate.objection ?? 'budget' };
  const prompts = playbookPrompts(methodology, wording.promptFrom, pathValues);
  const card: Partial<AecrCard> = candidate.objection ? aecrCardFor(methodology, candidate.objection) : {};
  const values: TemplateValues = {
    maxPct: Math.round(settings.thresholds.talkShare.max * 100),
    gaps: gaps.map((item) => methodology.playbook.checklistLabels[item]).join(', '),
    prompt: prompts[context.timesRaised % prompts.length] ?? '',
    ...card,
    ...candidate.facts,
  };
  const nudge: Nudge = {
    id: identity.id,
    kind: candidate.kind,
    atSec: identity.atSec,
    title: fillTemplate(wording.title, values),
    message: fillTemplate(wording.message, values),
    priority: identity.priority,
    evidence: candidate.evidence,
  };
  const say = card.sayNow ?? sayLine(String(values.prompt));
  if (say) nudge.say = say;
  if (candidate.objection) nudge.objection = candidate.objection;
  if (candidate.checklistGaps) nudge.checklistGaps = candidate.checklistGaps;
  return nudge;
}
