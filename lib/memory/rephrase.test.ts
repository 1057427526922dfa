import { describe, expect, it } from 'vitest';
import type { MentalModelVersion } from './memory-schema';
import { claim, notEnoughData } from './model-text';
import { keepsFacts, rephraseModel } from './rephrase';

const template = 'Implication questions like "what … cost" drew pain in 12 of 16 asks (75%) across 9 calls. Example: "What does that cost you?"';

const model = (): MentalModelVersion => ({
  modelId: 'discovery-playbook',
  version: 3,
  title: 'Discovery Playbook',
  question: 'q',
  generatedAt: 1,
  afterCallId: 'c1',
  basedOnCalls: 9,
  sections: [
    {
      key: 'patterns',
      title: 'Patterns',
      statements: [
        claim('pattern:a', template, {}, [{ callId: 'c1', atSec: 10, quote: 'What does that cost you?' }]),
        notEnoughData('act:situation', 'Situation questions: not enough data (1 asked; need 3).', {}),
      ],
    },
  ],
});

describe('rephrasing a model statement', () => {
  it('accepts a rewording that keeps every number and quoted line', () => {
    const reworded = 'Across 9 calls, "what … cost" implication questions surfaced pain 12 times in 16 asks (75%), e.g. "What does that cost you?"';
    expect(keepsFacts(template, reworded)).toBe(true);
  });

  it('rejects a rewording that drops or changes a number, drops a quote, or is empty or bloated', () => {
    expect(keepsFacts(template, 'Implication questions like "what … cost" drew pain in 12 of 16 asks across 9 calls. Example: "What does that cost you?"')).toBe(false);
    expect(keepsFacts(template, template.replace('12 of 16', '13 of 16'))).toBe(false);
    expect(keepsFacts(template, template.replace('"What does that cost you?"', 'a cost question'))).toBe(false);
    expect(keepsFacts(template, '   ')).toBe(false);
    expect(keepsFacts(template, `${template} ${template} ${template}`)).toBe(false);
  });

  it('keeps the template text when the model breaks a fact or fails, and never rewords "not enough data"', async () => {
    const seen: string[] = [];
    const good = await rephraseModel(model(), async (statement) => {
      seen.push(statement);
      return `Across 9 calls, "what … cost" questions drew pain in 12 of 16 asks (75%). Example: "What does that cost you?"`;
    });
    expect(seen).toEqual([template]);
    expect(good.sections[0].statements[0]).toMatchObject({ writtenBy: 'model', templateText: template });
    expect(good.sections[0].statements[1].writtenBy).toBe('template');

    const broken = await rephraseModel(model(), async () => 'It mostly works.');
    expect(broken.sections[0].statements[0]).toMatchObject({ writtenBy: 'template', text: template });
    const failing = await rephraseModel(model(), () => Promise.reject(new Error('model unavailable')));
    expect(failing.sections[0].statements[0]).toMatchObject({ writtenBy: 'template', text: template });
  });
});
