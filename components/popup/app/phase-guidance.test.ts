import { describe, expect, it } from 'vitest';
import { METHODOLOGY } from '../../../lib/engine/methodology';
import { sampleAnalysis } from '../../test-fixtures/sample-call';
import { phaseGuidance } from './phase-guidance';

describe('phaseGuidance', () => {
  it('gives the phase goal and prompts and a question for each open checklist item only', () => {
    const guidance = phaseGuidance(
      sampleAnalysis({ phase: 'discovery', checklist: { problem: true, root_cause: true, impact: false, stakeholders: false, trigger: true, cost_of_inaction: true } }),
      METHODOLOGY.playbook,
    );
    expect(guidance.goal).toBe(METHODOLOGY.playbook.phases.discovery.goal);
    expect(guidance.prompts).toEqual(METHODOLOGY.playbook.phases.discovery.prompts);
    expect(guidance.openItems.map((open) => open.item).sort()).toEqual(['impact', 'stakeholders']);
    expect(guidance.openItems.find((open) => open.item === 'impact')?.question).toBe(METHODOLOGY.playbook.checklist.impact[0]);
  });
});
