import { describe, expect, it } from 'vitest';
import { MEMORY_SEEDS } from './memory-seeds';
import { questionPattern } from './question-pattern';

const rules = MEMORY_SEEDS.retain.questionPattern;
const keyOf = (text: string, act: Parameters<typeof questionPattern>[1] = 'implication') => questionPattern(text, act, rules).key;

describe('question patterns', () => {
  it('gives similar questions from different calls the same key', () => {
    const cost = [
      'What does that cost you when it happens?',
      'what does it cost when that breaks',
      'So what does that end up costing the team each month?',
      'If this carries on for another six months, what does it cost you?',
    ];
    expect(new Set(cost.map((text) => keyOf(text)))).toEqual(new Set(['implication/what/cost']));
    expect(keyOf('What tools are you using today?', 'situation')).toBe(keyOf('Which tools does the team rely on right now?', 'situation'));
  });

  it('tells different questions apart by act, opener and anchor', () => {
    expect(keyOf('What does that cost you?', 'implication')).not.toBe(keyOf('What does that cost you?', 'problem'));
    expect(keyOf('Who else feels the effect of this?')).toBe('implication/who/who_else');
    expect(keyOf('How does that affect your ability to hit the number?')).toBe('implication/how/impact');
    expect(keyOf('Where does that process break down?', 'problem')).toBe('problem/where/breakdown');
  });

  it('skips polite fillers and only takes yes/no openers as the first word', () => {
    expect(keyOf('Okay, so can you walk me through how the team handles routing?', 'situation')).toBe('situation/walk_me/process');
    expect(keyOf('Do you track how much time that takes?', 'situation')).toBe('situation/yes_no/time');
    expect(keyOf('If that is fixed, what would it unlock?', 'need_payoff')).toBe('need_payoff/what/payoff');
  });

  it('falls back to readable defaults and labels the pattern for people', () => {
    expect(keyOf('Tell me more.', 'problem')).toBe('problem/tell_me/general');
    expect(questionPattern('Mm, interesting', 'problem', rules)).toEqual({ key: 'problem/ask/general', label: 'ask … open' });
    expect(questionPattern('What does that cost you?', 'implication', rules).label).toBe('what … cost');
  });
});
