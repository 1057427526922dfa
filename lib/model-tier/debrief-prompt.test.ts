import { describe, expect, it } from 'vitest';
import { METHODOLOGY } from '../engine/methodology';
import { buildDebriefPrompt, promptLine, selectDebriefLines } from './debrief-prompt';
import { MODEL_TIER_SETTINGS } from './model-tier-settings';
import { sampleCall } from './test-support';

describe('debrief prompt', () => {
  it('shows the call lines with their [mm:ss], the opportunity and the playbook, and asks for the schema', () => {
    const { utterances, debrief } = sampleCall();
    const prompt = buildDebriefPrompt(debrief, utterances, METHODOLOGY, MODEL_TIER_SETTINGS);
    expect(prompt.system).toBe(MODEL_TIER_SETTINGS.wording.debriefPrompt.system);
    expect(prompt.user).toContain('[00:30] Rep (Sam): What are you using for ticket routing today?');
    expect(prompt.user).toContain('[02:20] Buyer (Dana): That sounds more expensive than what we set aside for this.');
    expect(prompt.user).toContain('Coaching opportunity at [02:00]');
    expect(prompt.user).toContain(METHODOLOGY.playbook.spin.implication[0]);
    expect(prompt.user).toContain(METHODOLOGY.objections.budget.clarify);
    expect(prompt.schema).toMatchObject({ required: ['wentWell', 'tryInstead'] });
    expect(prompt.maxTokens).toBe(MODEL_TIER_SETTINGS.debrief.maxTokens);
  });

  it('asks for strengths only when the template found no opportunity', () => {
    const { utterances, debrief } = sampleCall();
    const prompt = buildDebriefPrompt({ ...debrief, opportunities: [] }, utterances, METHODOLOGY, MODEL_TIER_SETTINGS);
    expect(prompt.schema).toMatchObject({ required: ['wentWell'] });
    expect(prompt.user).not.toContain('Coaching opportunity');
  });

  it('within a small budget keeps the moments the debrief rests on, in time order', () => {
    const { utterances, debrief } = sampleCall();
    const lines = selectDebriefLines(utterances, debrief, { ...MODEL_TIER_SETTINGS.debrief, maxPromptLines: 3, linesAroundMoment: 0 });
    // The strength at 00:05 and the opportunity at 02:00 first, then the first discovery question (00:30).
    expect(lines.map((line) => line.startSec)).toEqual([5, 30, 120]);
  });

  it('never goes over the character budget', () => {
    const { utterances, debrief } = sampleCall();
    const budget = 300;
    const lines = selectDebriefLines(utterances, debrief, { ...MODEL_TIER_SETTINGS.debrief, maxPromptChars: budget });
    const used = lines.reduce((sum, line) => sum + promptLine(line).length + 1, 0);
    expect(used).toBeLessThanOrEqual(budget);
    expect(lines.length).toBeGreaterThan(0);
  });
});
