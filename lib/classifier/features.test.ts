import { describe, expect, it } from 'vitest';
import { extractBuyerFeatures, extractFeatures } from './features';

const names = (text: string) => [...extractFeatures(text).keys()];

describe('extractFeatures', () => {
  it('emits word unigrams, bigrams with start/end markers and character n-grams', () => {
    const features = names('Budget is tight');
    expect(features).toEqual(expect.arrayContaining(['w:budget', 'b:^_budget', 'b:budget_is', 'b:tight_$']));
    expect(features).toEqual(expect.arrayContaining(['c:<bu', 'c:<bud', 'c:<budg', 'c:get>', 'c:ight>']));
    expect(features.some((name) => name.startsWith('c:') && name.length - 2 > 5)).toBe(false);
  });

  it('marks question form with and without a question mark', () => {
    expect(names('What tools do you use today?')).toEqual(expect.arrayContaining(['q:wh_start', 'q:mark', 'q:any']));
    const caption = names('what tools do you use today');
    expect(caption).toEqual(expect.arrayContaining(['q:wh_start', 'q:unpunctuated', 'q:any']));
    expect(caption).not.toContain('q:mark');
    expect(names('are you using salesforce')).toContain('q:aux_start');
    expect(names('Our dashboard updates every minute.')).toContain('q:statement');
  });

  it('detects the phrasing cues of need-payoff, implication and scheduling questions', () => {
    expect(names('If you could close in a day, what would that mean?')).toEqual(
      expect.arrayContaining(['x:if_you_could', 'x:what_would']),
    );
    expect(names('what happens when the shipment slips')).toContain('x:what_happens');
    expect(names('does that work for you')).toContain('x:does_that_work');
  });

  it('detects person, numbers and currency', () => {
    const features = names('We paid $40k and I think your price is high');
    expect(features).toEqual(
      expect.arrayContaining(['p:first_plural', 'p:first_singular', 'p:second', 'n:number', 'n:currency']),
    );
    expect(names('forty grand is too much')).toContain('n:currency');
  });

  it('scales each group (words, character n-grams, cues) to unit length', () => {
    const features = extractFeatures('how many people are on the team');
    const groupNorm = (prefix: string[]) =>
      Math.sqrt([...features].filter(([name]) => prefix.some((p) => name.startsWith(p))).reduce((sum, [, v]) => sum + v * v, 0));
    expect(groupNorm(['w:', 'b:'])).toBeCloseTo(1, 6);
    expect(groupNorm(['c:'])).toBeCloseTo(1, 6);
    expect(groupNorm(['q:', 'p:', 'n:', 'x:', 'l:', 'len:'])).toBeCloseTo(1, 6);
  });

  it('featurizes the same words identically whatever the typography', () => {
    const written = extractFeatures("What's the cost if it doesn't get fixed?");
    const caption = extractFeatures('whats the cost if it doesnt get fixed');
    const lexical = (f: Map<string, number>) => [...f.keys()].filter((n) => /^[wbc]:/.test(n)).sort();
    expect(lexical(caption)).toEqual(lexical(written));
  });

  it('marks word classes, including inflections of a stem the corpus never used', () => {
    expect(names('where does the handoff keep breaking down')).toContain('l:pain');
    expect(names('what has the churn cost you this year')).toContain('l:consequence');
    expect(names('what would that unlock for the planners')).toContain('l:gain');
    expect(names('our module ships with forty reports')).toContain('l:product');
    expect(names('i will send the invite for thursday morning')).toContain('l:logistics');
    expect(names('how many people are on the team')).not.toContain('l:pain');
  });

  it('marks short back-channel lines, but not a question that starts like one', () => {
    expect(names('mm-hmm')).toContain('l:backchannel_only');
    expect(names('Right, right. Got it.')).toContain('l:backchannel_only');
    expect(names('okay so what tools do you use')).not.toContain('l:backchannel_only');
  });

  it('tells a solved-problem conditional from a continuing-problem one', () => {
    expect(names('if the close was done in three days what would you do')).toContain('x:if_solved');
    expect(names('if the close keeps slipping what happens to the audit')).toEqual(
      expect.arrayContaining(['x:if_continues', 'x:what_happens']),
    );
    expect(names('if the close keeps slipping what happens to the audit')).not.toContain('x:if_solved');
  });

  it('detects pitches phrased as questions, scheduling and recaps', () => {
    expect(names('want me to show you how the dashboard handles that')).toEqual(expect.arrayContaining(['x:want_me', 'x:show_you']));
    expect(names('did you know we integrate with netsuite')).toEqual(expect.arrayContaining(['x:want_me', 'x:we_can']));
    expect(names('does next tuesday at ten work')).toContain('x:scheduling');
    expect(names('so just to recap you have three sites')).toContain('x:recap');
  });

  it('handles empty text', () => {
    expect(names('')).toContain('q:empty');
  });
});

describe('extractBuyerFeatures', () => {
  const buyerNames = (text: string) => [...extractBuyerFeatures(text).keys()];
  const groupNorm = (features: Map<string, number>, prefix: string) =>
    Math.sqrt([...features].filter(([name]) => name.startsWith(prefix)).reduce((sum, [, v]) => sum + v * v, 0));

  it('keeps the shared word features and adds skip-bigrams and objection cues, which rep lines never get', () => {
    const text = "we don't really have the budget for it";
    const shared = extractFeatures(text);
    const buyer = extractBuyerFeatures(text);
    for (const [name, value] of shared) if (/^[wb]:/.test(name)) expect(buyer.get(name)).toBe(value);
    expect(buyerNames(text)).toEqual(expect.arrayContaining(['s:not_have', 'o:negated_money', 'o:we_cannot']));
    expect(names(text).some((name) => name.startsWith('o:') || name.startsWith('s:'))).toBe(false);
  });

  it('sets the strain cue for a hedge near a money word, and not for a plain mention', () => {
    expect(buyerNames('that price is way too high for us')).toContain('o:strain_money');
    expect(buyerNames('finance signs off on anything over 50k')).toContain('o:money');
    expect(buyerNames('our budget cycle starts in july')).toEqual(expect.arrayContaining(['o:plain_money', 'o:plain_time']));
    expect(buyerNames('our budget cycle starts in july')).not.toContain('o:strain_money');
  });

  it('weighs the groups: objection cues at unit length, skip-bigrams, characters and shared cues at half', () => {
    const features = extractBuyerFeatures('we are already happy with our current vendor');
    expect(groupNorm(features, 'o:')).toBeCloseTo(1, 6);
    expect(groupNorm(features, 's:')).toBeCloseTo(0.5, 6);
    expect(groupNorm(features, 'c:')).toBeCloseTo(0.5, 6);
    const sharedCues = Math.sqrt(
      [...features].filter(([name]) => /^(q|p|n|x|l|len):/.test(name)).reduce((sum, [, v]) => sum + v * v, 0),
    );
    expect(sharedCues).toBeCloseTo(0.5, 6);
  });

  it('handles empty text', () => {
    expect(buyerNames('')).toContain('q:empty');
  });
});
