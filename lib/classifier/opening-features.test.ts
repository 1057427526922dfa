import { describe, expect, it } from 'vitest';
import { CALL_TYPES, OBJECTION_CATEGORIES, REP_ACTS, type CallType } from '../types';
import { createClassifier } from './classifier';
import { openingFeatures } from './opening-features';
import { packWeights, trainCallTypeHead, untrainedHead, type LabeledOpening } from './train-pipeline';

describe('the features of a call opening', () => {
  it('hold each word once, who said it, and the word pairs within a line, never across lines', () => {
    const features = openingFeatures([
      { role: 'rep', text: 'Walk you through the proposal.' },
      { role: 'buyer', text: 'The proposal, sure.' },
    ]);
    expect(features.get('w:proposal')).toBe(1);
    expect(features.get('rw:proposal')).toBe(1);
    expect(features.get('bw:proposal')).toBe(1);
    expect(features.get('bw:walk')).toBeUndefined();
    expect(features.get('b:the_proposal')).toBe(1);
    expect(features.get('b:proposal_the')).toBeUndefined();
  });
});

describe('the call-type head', () => {
  const OPENERS: Record<CallType, string[]> = {
    discovery: ['thanks for the time today I would love to understand how your team works', 'tell me about how you handle this today'],
    'follow-up': ['last time we spoke you mentioned the dispatch board', 'as promised here is the demo of the part we talked about'],
    pricing: ['let me walk you through the proposal and the quote', 'the contract terms and the per seat price are on the order form'],
    'cold-call': ['did I catch you at a bad time I am calling out of the blue', 'you do not know me but I will be quick'],
  };
  const openings: LabeledOpening[] = CALL_TYPES.flatMap((callType) =>
    Array.from({ length: 8 }, (_, n) => ({ callType, lines: [{ role: 'rep' as const, text: `hi it is sam number ${n}` }, { role: 'rep' as const, text: OPENERS[callType][n % 2] }] })),
  );

  it('learns the types from openings and ships in the weights, read by the classifier', () => {
    const head = trainCallTypeHead(openings, { l2: 1e-3, featureBudget: 200, runs: 2, epochs: 40 });
    const classifier = createClassifier(packWeights(untrainedHead(REP_ACTS), untrainedHead(OBJECTION_CATEGORIES), {}, head));
    for (const callType of CALL_TYPES) {
      expect(classifier.classifyCallType([{ role: 'rep', text: OPENERS[callType][0] }])?.callType, callType).toBe(callType);
    }
  });

  it('is absent from weights trained before it, and then reads nothing', () => {
    const classifier = createClassifier(packWeights(untrainedHead(REP_ACTS), untrainedHead(OBJECTION_CATEGORIES), {}));
    expect(classifier.classifyCallType([{ role: 'rep', text: OPENERS.pricing[0] }])).toBeNull();
  });
});
