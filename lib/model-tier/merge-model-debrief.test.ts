import { describe, expect, it } from 'vitest';
import { mergeModelDebrief } from './merge-model-debrief';
import { sampleCall } from './test-support';

const goodOutput = {
  wentWell: [
    { at: '00:30', quote: 'What are you using for ticket routing', text: 'You opened discovery by asking about their current setup.' },
    { at: '[01:00]', quote: 'where does that process break down', text: 'You moved from facts to the problem, and the buyer named the weekend backlog.' },
  ],
  tryInstead: { say: 'Before I show anything: when tickets sit over the weekend, what does Monday cost your team?' },
};

function merge(output: unknown) {
  const { utterances, debrief } = sampleCall();
  const problems: string[] = [];
  const merged = mergeModelDebrief(debrief, output, utterances, { onRejected: (found) => problems.push(...found) });
  return { template: debrief, merged, problems };
}

describe('mergeModelDebrief', () => {
  it('writes What Went Well and What to try instead from a grounded answer', () => {
    const { template, merged, problems } = merge(JSON.stringify(goodOutput));
    expect(problems).toEqual([]);
    expect(merged.writtenBy).toBe('model');
    expect(merged.wentWell.map((point) => point.atSec)).toEqual([30, 60]);
    expect(merged.wentWell[0].text).toBe('You opened discovery by asking about their current setup. "What are you using for ticket routing"');
    expect(merged.wentWell[1].evidence[0]).toMatchObject({ atSec: 60, speaker: 'Sam', text: 'Where does that process break down for your team?' });
    expect(merged.opportunities[0].tryInstead).toBe('Say: "Before I show anything: when tickets sit over the weekend, what does Monday cost your team?"');
    expect(merged.opportunities[0].moment).toBe(template.opportunities[0].moment);
    expect(merged.skillConnection).toEqual(template.skillConnection);
    expect(merged.markdown).toContain('## What Went Well\n- **[00:30]** You opened discovery');
    expect(merged.markdown).toContain('- **[01:00]** You moved from facts');
    expect(merged.markdown).not.toContain('You set an upfront contract');
    expect(merged.markdown).toContain('- **What to try instead**: Say: "Before I show anything');
    expect(merged.markdown).toContain('## Coaching Opportunity\n- **Moment**: [02:00]');
  });

  it('escapes markdown in the model words', () => {
    const output = { wentWell: [{ at: '00:30', quote: 'What are you using for ticket routing', text: 'You asked *first* [see](http://x)' }] };
    const { merged } = merge(output);
    expect(merged.wentWell[0].text).toContain('You asked \\*first\\* \\[see\\](http://x)');
  });

  it('falls back to the template for text that is not JSON', () => {
    const { template, merged, problems } = merge('Here is my coaching: {wentWell: ...');
    expect(merged).toBe(template);
    expect(problems).toEqual(['the model did not answer with JSON']);
  });

  it('falls back for an answer off the schema', () => {
    const { template, merged, problems } = merge({ wentWell: [{ at: 'early on', quote: 'x', text: '' }] });
    expect(merged).toBe(template);
    expect(problems.join(' ')).toMatch(/wentWell\.0\.at/);
  });

  it('falls back when a quote is not in the line at that time', () => {
    const output = { ...goodOutput, wentWell: [{ at: '00:30', quote: 'Where does that process break down', text: 'Good question.' }] };
    const { template, merged, problems } = merge(output);
    expect(merged).toBe(template);
    expect(problems[0]).toMatch(/not in the line at 00:30/);
  });

  it('falls back when a time is no line of the call', () => {
    const output = { ...goodOutput, wentWell: [{ at: '07:45', quote: 'What are you using for ticket routing', text: 'Good.' }] };
    expect(merge(output).merged.writtenBy).toBe('template');
  });

  it('falls back when the text quotes words nobody said or cites a time that is not in the call', () => {
    const invented = { wentWell: [{ ...goodOutput.wentWell[0], text: 'The buyer said "we lose ten deals a month" right after.' }] };
    expect(merge(invented).problems[0]).toMatch(/nobody said/);
    const badStamp = { wentWell: [{ ...goodOutput.wentWell[0], text: 'Then at 09:12 you followed up.' }] };
    expect(merge(badStamp).problems[0]).toMatch(/09:12/);
    const badSay = { wentWell: [], tryInstead: { say: 'Go back to what they said at [12:00].' } };
    expect(merge(badSay).problems[0]).toMatch(/12:00/);
  });

  it('accepts quotes in the text that were said, whatever the punctuation and case', () => {
    const output = { wentWell: [{ ...goodOutput.wentWell[0], text: 'The buyer answered "mostly a shared inbox, and a spreadsheet".' }] };
    expect(merge(output).merged.writtenBy).toBe('model');
  });

  it('keeps the template strengths when the model finds none but writes what to try', () => {
    const { template, merged } = merge({ wentWell: [], tryInstead: goodOutput.tryInstead });
    expect(merged.writtenBy).toBe('model');
    expect(merged.wentWell).toEqual(template.wentWell);
    expect(merged.opportunities[0].tryInstead).toMatch(/^Say: /);
  });

  it('falls back when the model adds nothing', () => {
    const { template, merged } = merge({ wentWell: [] });
    expect(merged).toBe(template);
  });
});
