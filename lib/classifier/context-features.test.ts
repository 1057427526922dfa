import { describe, expect, it } from 'vitest';
import { buyerContextFeatures, REP_WORDS_LAST, REP_WORDS_WEIGHT, repContextFeatures, withContext, type LineContext } from './context-features';
import { extractBuyerFeatures, extractFeatures } from './features';

const context = (overrides: Partial<LineContext> = {}): LineContext => ({
  speaker: 'Dana',
  startSec: 400,
  lineIndex: 30,
  previous: [{ role: 'rep', speaker: 'Sam', text: 'What does that cost you each month?', startSec: 390, act: 'implication' }],
  pitchedBefore: false,
  ...overrides,
});

describe('context features', () => {
  it('mark a buyer line that answers a discovery question before any pitch', () => {
    const features = buyerContextFeatures(context());
    expect(features.get('ctx:after:implication')).toBe(1);
    expect(features.get('ctx:answersDiscoveryBeforePitch')).toBe(1);
    expect(features.has('ctx:afterPitch')).toBe(false);
  });

  it('mark a buyer line right after a pitch', () => {
    const features = buyerContextFeatures(
      context({ pitchedBefore: true, previous: [{ role: 'rep', speaker: 'Sam', text: 'It is 2,400 a month for all sites.', startSec: 390, act: 'pitch' }] }),
    );
    expect(features.get('ctx:afterPitch')).toBe(1);
    expect(features.get('ctx:pitched')).toBe(1);
    expect(features.has('ctx:answersDiscoveryBeforePitch')).toBe(false);
  });

  it("mark a buyer's answer to the rep's invitation to add to the agenda, in the opening only", () => {
    const invite = { role: 'rep' as const, speaker: 'Sam', text: 'No deck, I promise. Anything you’d want to add to the agenda?', startSec: 80, act: 'other' as const };
    expect(buyerContextFeatures(context({ startSec: 86, previous: [invite] })).get('ctx:answersAgendaInvite')).toBe(1);
    expect(buyerContextFeatures(context({ startSec: 20 * 60, previous: [{ ...invite, startSec: 20 * 60 - 5 }] })).has('ctx:answersAgendaInvite')).toBe(false);
    const plan = { ...invite, text: "Here's what I was thinking for today. Does that sound like a good use of our time?" };
    expect(buyerContextFeatures(context({ startSec: 86, previous: [plan] })).has('ctx:answersAgendaInvite')).toBe(false);
  });

  it("give a buyer line the words of the rep's latest line as a group of their own, from its end", () => {
    const price = { role: 'rep' as const, speaker: 'Sam', text: "So for fourteen planes that's around six eighty a month.", startSec: 390, act: 'pitch' as const };
    const question = { role: 'buyer' as const, speaker: 'Dana', text: 'And what would that run us?', startSec: 380, objection: 'none' as const };
    const features = buyerContextFeatures(context({ previous: [question, price] }));
    const repWords = [...features.keys()].filter((name) => name.startsWith('ctx:rw:'));
    expect(repWords).toEqual(expect.arrayContaining(['ctx:rw:planes', 'ctx:rw:month']));
    expect(repWords).not.toContain('ctx:rw:run');
    const squares = repWords.reduce((sum, name) => sum + features.get(name)! ** 2, 0);
    expect(Math.sqrt(squares)).toBeCloseTo(REP_WORDS_WEIGHT);
    const long = Array.from({ length: REP_WORDS_LAST + 5 }, (_, index) => `word${index}`).join(' ');
    const fromLong = buyerContextFeatures(context({ previous: [{ ...price, text: long }] }));
    expect(fromLong.has('ctx:rw:word0')).toBe(false);
    expect(fromLong.has(`ctx:rw:word${REP_WORDS_LAST + 4}`)).toBe(true);
    expect([...buyerContextFeatures(context({ previous: [question] })).keys()].some((name) => name.startsWith('ctx:rw:'))).toBe(false);
  });

  it('read whether the rep asked by the question openers of cues.json, with or without a question mark', () => {
    const asked = (text: string) =>
      buyerContextFeatures(context({ previous: [{ role: 'rep', speaker: 'Sam', text, startSec: 390, act: 'other' }] })).has('ctx:repAsked');
    expect(asked('okay, what happens when a truck shows up early')).toBe(true);
    expect(asked('help me understand who signs off on that')).toBe(true);
    expect(asked('So that is the plan?')).toBe(true);
    expect(asked('that is the plan we use with most yards')).toBe(false);
  });

  it('mark a rep line in the opening', () => {
    const features = repContextFeatures(context({ startSec: 20, lineIndex: 2, previous: [] }));
    expect(features.get('ctx:opening')).toBe(1);
    expect(features.get('ctx:firstLines')).toBe(1);
  });

  it('give a buyer line of a call its own word features in place of the shared ones, and keep the shared character features', () => {
    const text = 'that is more than we set aside';
    const alone = extractBuyerFeatures(text);
    const inCall = withContext(extractBuyerFeatures(text), buyerContextFeatures(context()), 'buyer');
    const wordFeature = [...alone.keys()].find((name) => name.startsWith('w:'))!;
    const charFeature = [...alone.keys()].find((name) => name.startsWith('c:'))!;
    expect(inCall.has(`call:${wordFeature}`)).toBe(true);
    expect(inCall.has(wordFeature)).toBe(false);
    expect(inCall.get(charFeature)).toBe(alone.get(charFeature));
  });

  it('give a rep line of a call its in-call word features beside the shared ones', () => {
    const text = 'what does each of those repeat visits cost you';
    const alone = extractFeatures(text);
    const inCall = withContext(extractFeatures(text), repContextFeatures(context()), 'rep');
    const wordFeature = [...alone.keys()].find((name) => name.startsWith('w:'))!;
    expect(inCall.get(`call:${wordFeature}`)).toBe(alone.get(wordFeature));
    expect(inCall.get(wordFeature)).toBe(alone.get(wordFeature));
  });
});
