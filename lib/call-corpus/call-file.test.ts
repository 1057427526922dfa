import { describe, expect, it } from 'vitest';
import { readCallFile } from './call-file';

const line = (speaker: string, label: string, text: string) => [speaker, label, text];
function sampleCall(overrides: Record<string, unknown> = {}) {
  const lines = Array.from({ length: 20 }, (_, index) =>
    index % 2 === 0 ? line('Sam Rivera', 'situation', `What does step ${index} look like today?`) : line('Dana Lee', 'none', `We do step ${index} by hand, it takes a while.`),
  );
  return {
    id: 'd99-sample',
    title: 'Sample',
    callType: 'discovery',
    style: 'written',
    rep: 'Sam Rivera',
    buyers: ['Dana Lee'],
    upfrontContract: false,
    nextStep: false,
    checklist: { problem: 1, root_cause: null, impact: null, stakeholders: null, trigger: null, cost_of_inaction: null },
    lines,
    ...overrides,
  };
}

describe('readCallFile', () => {
  it('times each line from the words before it, a pause longer at a change of speaker', () => {
    const call = readCallFile(sampleCall());
    expect(call.lines).toHaveLength(20);
    expect(call.lines[0].startSec).toBe(0);
    expect(call.lines[1].startSec).toBeGreaterThan(call.lines[0].endSec);
    expect(call.lines[0].role).toBe('rep');
    expect(call.lines[0].act).toBe('situation');
    expect(call.lines[1].objection).toBe('none');
    expect(call.durationSec).toBe(call.lines[19].endSec);
  });

  it('marks a withdrawing line', () => {
    const raw = sampleCall();
    raw.lines[3] = ['Dana Lee', 'none', 'Actually, forget what I said about price.', 'withdraws'];
    expect(readCallFile(raw).lines[3].withdraws).toBe(true);
  });

  it('refuses a rep line labeled with an objection, naming the line', () => {
    const raw = sampleCall();
    raw.lines[2] = line('Sam Rivera', 'budget', 'That is a lot of money.');
    expect(() => readCallFile(raw)).toThrow(/lines\.2: rep line labeled "budget"/);
  });

  it('refuses a speaker who is not on the call', () => {
    const raw = sampleCall();
    raw.lines[5] = line('Someone Else', 'none', 'Hello?');
    expect(() => readCallFile(raw)).toThrow(/unknown speaker "Someone Else"/);
  });

  it('refuses checklist evidence that points at a rep line', () => {
    expect(() => readCallFile(sampleCall({ checklist: { ...sampleCall().checklist, impact: 0 } }))).toThrow(/checklist\.impact: line 0 is a rep line/);
  });
});
