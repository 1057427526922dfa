import { describe, expect, it } from 'vitest';
import { repliesOf } from '../call-corpus/lines-in-context';
import { testCall } from '../call-corpus/test-call';
import { OBJECTION_CATEGORIES, REP_ACTS } from '../types';
import { createClassifier } from './classifier';
import { replyFeatures } from './reply-features';
import { packWeights, trainReplyHead, untrainedHead, type LabeledReply } from './train-pipeline';

describe('the features of a rep reply', () => {
  it('hold its words, its word pairs and its first three words, from the first twelve words only', () => {
    const features = replyFeatures('Fair enough, and I hear you on the price. Let me show you the three things that matter most here.');
    expect(features.get('s:fair')).toBe(1);
    expect(features.get('w:price')).toBe(1);
    expect(features.get('b:fair_enough')).toBe(1);
    expect(features.get('s:price')).toBeUndefined();
    expect(features.get('w:matter')).toBeUndefined();
  });
});

describe('the reply head', () => {
  const pushbackReplies = ['fair enough, that is a real number', 'understood, I would rather hear it now', 'you could, and some teams start there'];
  const otherReplies = ['great, and how many trucks run today?', 'got it, who signs off on that?', 'perfect, let me share my screen'];
  const replies: LabeledReply[] = Array.from({ length: 10 }, () => [
    ...pushbackReplies.map((text) => ({ text, pushback: true })),
    ...otherReplies.map((text) => ({ text, pushback: false })),
  ]).flat();

  it('learns from the reply whether the turn before was pushback, and ships in the weights', () => {
    const head = trainReplyHead(replies, { l2: 1e-3, featureBudget: 200, runs: 2, epochs: 20 });
    const classifier = createClassifier(packWeights(untrainedHead(REP_ACTS), untrainedHead(OBJECTION_CATEGORIES), {}, undefined, head));
    for (const text of pushbackReplies) expect(classifier.replyPushback(text), text).toBeGreaterThan(0.7);
    for (const text of otherReplies) expect(classifier.replyPushback(text), text).toBeLessThan(0.3);
  });

  it('is absent from weights trained before it, and then reads nothing', () => {
    const classifier = createClassifier(packWeights(untrainedHead(REP_ACTS), untrainedHead(OBJECTION_CATEGORIES), {}));
    expect(classifier.replyPushback(pushbackReplies[0])).toBeNull();
  });

  it('trains on the rep’s first line after each buyer turn, pushback when one of the turn’s last three rows objects', () => {
    const call = testCall('d999-replies', 'pricing', [
      ...Array.from({ length: 10 }, (_, n) => ['Sam', 'other', `Opening remark ${n + 1}.`]),
      ['Sam', 'pitch', 'It comes to two thousand a month.'],
      ['Dana', 'budget', 'That is more than we budgeted.'],
      ['Dana', 'none', 'We set the budget in March.'],
      ['Sam', 'other', 'That is fair.'],
      ['Sam', 'situation', 'Who sets the budget?'],
      ['Dana', 'budget', 'It is too much for us.'],
      ['Dana', 'none', 'The board does.'],
      ['Dana', 'none', 'Every March.'],
      ['Dana', 'none', 'With the finance team.'],
      ['Sam', 'other', 'Got it.'],
    ]);
    expect(repliesOf([call])).toEqual([
      { text: 'That is fair.', pushback: true },
      { text: 'Got it.', pushback: false },
    ]);
  });
});
