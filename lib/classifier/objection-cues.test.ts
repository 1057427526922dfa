import { describe, expect, it } from 'vitest';
import { negationScope, objectionCues } from './objection-cues';
import { normalizeTokens } from './normalize';

const cues = (text: string) => objectionCues(normalizeTokens(text), text);

describe('objection cues', () => {
  it('tells a money mention with a hedge or negation next to it from a plain one', () => {
    expect(cues('honestly that price is too steep for us')).toEqual(expect.arrayContaining(['money', 'strain_money', 'too_adj']));
    expect(cues("we don't really have a budget for this")).toEqual(expect.arrayContaining(['negated_money', 'we_cannot']));
    const plain = cues('our budget cycle starts in july');
    expect(plain).toEqual(expect.arrayContaining(['money', 'plain_money']));
    expect(plain).not.toContain('strain_money');
    expect(plain).not.toContain('negated_money');
  });

  it('marks a money mention that is settled, unless it is negated', () => {
    expect(cues('the budget is already approved')).toContain('settled_money');
    expect(cues('the budget is not approved')).not.toContain('settled_money');
  });

  it('reads "not a problem" as a negated worry', () => {
    expect(cues("price isn't the issue for us")).toContain('negated_worry');
    expect(cues('the price is the issue for us')).not.toContain('negated_worry');
  });

  it('marks questions about money, dates and vendors', () => {
    expect(cues("what's the price per seat?")).toEqual(expect.arrayContaining(['question', 'q_money', 'wh_topic_start']));
    expect(cues('when could we go live, next month?')).toContain('q_time');
    expect(cues('do you integrate with salesforce')).toContain('q_rival');
    expect(cues('it is too expensive')).not.toContain('question');
  });

  it('marks putting the decision off, but not a plain date or a logistics "hold on"', () => {
    expect(cues("let's hold off until the audit is done")).toContain('deferral');
    expect(cues('can you circle back next quarter')).toContain('deferral');
    expect(cues('not this quarter for sure')).toEqual(expect.arrayContaining(['deferral', 'not_now']));
    expect(cues('hold on let me grab my notes')).not.toContain('deferral');
    expect(cues('the renewal is in may')).not.toContain('deferral');
  });

  it('marks contentment with what is already there and building it in-house', () => {
    expect(cues("we're pretty happy with what we've got")).toContain('content_with');
    expect(cues('we already use zendesk for that')).toEqual(expect.arrayContaining(['already_have', 'rival']));
    expect(cues('our engineers could build it ourselves')).toEqual(expect.arrayContaining(['build_own', 'k_diy']));
    expect(cues('we are leaning toward another vendor')).toContain('other_vendor');
  });

  it('marks past tense, which turns a vendor mention into history', () => {
    expect(cues('we used to use gong it was fine')).toEqual(expect.arrayContaining(['past', 'rival']));
  });

  it('emits nothing for an empty line and is deterministic', () => {
    expect(cues('')).toEqual([]);
    expect(cues('we just cant swing that this year')).toEqual(cues('we just cant swing that this year'));
  });
});

describe('negation scope', () => {
  it('covers the words after a negator until the clause ends', () => {
    expect(negationScope(normalizeTokens('we do not have budget but timing is fine'))).toEqual([
      false, false, false, true, true, false, false, false, false,
    ]);
  });

  it('reaches at most a few words', () => {
    const scope = negationScope(normalizeTokens('no one on the team here has any time at all'));
    expect(scope[0]).toBe(false);
    expect(scope.slice(1, 6).every(Boolean)).toBe(true);
    expect(scope.slice(6).some(Boolean)).toBe(false);
  });
});
