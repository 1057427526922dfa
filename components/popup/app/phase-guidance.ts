// What the popup suggests asking next during a call: the current phase's goal and prompts from the playbook
// seeds, and one question for each discovery item still open (in the playbook's priority order).
import type { CallAnalysis } from '../../../lib/engine/analysis-types';
import type { Playbook } from '../../../lib/engine/methodology';
import type { PhaseGuidance } from '../NextQuestions';

export function phaseGuidance(analysis: CallAnalysis, playbook: Playbook): PhaseGuidance {
  const phase = playbook.phases[analysis.phase];
  return {
    phase: analysis.phase,
    goal: phase.goal,
    prompts: phase.prompts,
    openItems: playbook.checklistPriority
      .filter((item) => !analysis.checklist[item])
      .map((item) => ({ item, question: playbook.checklist[item][0] })),
  };
}
