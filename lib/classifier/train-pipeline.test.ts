import { describe, expect, it } from 'vitest';
import { OBJECTION_CATEGORIES } from '../types';
import type { CorpusLine } from './corpus';
import { isTestLine } from './split';
import { extractBuyerFeatures, extractFeatures } from './features';
import { SINGLE_LINE_WEIGHT, averageHeads, crossValidate, evaluateHead, featurizerFor, packWeights, roundTrip, splitLines, toTrainingExamples, trainHead, untrainedHead, withCallLines } from './train-pipeline';
import { parseClassifierWeights } from './weights';
import { createClassifier } from './index';
import { REP_ACTS, type ObjectionCategory, type RepAct } from '../types';

const PHRASES: Record<ObjectionCategory, string[]> = {
  budget: ['the price is too high', 'we have no budget for it', 'that costs more than we planned'],
  timing: ['maybe next quarter', 'not a priority right now', 'we are too busy until spring'],
  competition: ['we already use another vendor', 'our team will build it in house', 'a competitor is cheaper'],
  none: ['we have six people on the team', 'sure that sounds fine', 'the reports take two days'],
};

function lines(): CorpusLine<ObjectionCategory>[] {
  const result: CorpusLine<ObjectionCategory>[] = [];
  for (const label of OBJECTION_CATEGORIES) {
    PHRASES[label].forEach((phrase, i) => {
      for (let n = 0; n < 6; n++) result.push({ text: `${phrase} item ${i * 10 + n}`, label, style: 'written', source: 'test' });
    });
  }
  return result;
}

describe('training pipeline', () => {
  it('averages heads element-wise', () => {
    const featureIndex = new Map([['w:a', 0]]);
    const head = (w: number[], b: number[]) => ({ labels: ['x', 'y'], featureIndex, weights: Float64Array.from(w), bias: Float64Array.from(b) });
    const mean = averageHeads([head([1, 3], [0, 2]), head([3, -1], [2, 0])]);
    expect(Array.from(mean.weights)).toEqual([2, 1]);
    expect(Array.from(mean.bias)).toEqual([1, 1]);
    expect(mean.featureIndex).toBe(featureIndex);
  });

  it('featurizes buyer heads with the objection cues and rep heads with the shared features only', () => {
    expect(featurizerFor(OBJECTION_CATEGORIES)).toBe(extractBuyerFeatures);
    expect(featurizerFor(REP_ACTS)).toBe(extractFeatures);
    const [example] = toTrainingExamples([{ text: 'too pricey', label: 'budget', style: 'written', source: 't' }], OBJECTION_CATEGORIES);
    expect([...example.features.keys()].some((name) => name.startsWith('o:'))).toBe(true);
  });

  it('splits by the stable text hash', () => {
    const { train, test } = splitLines(lines());
    expect(test.every((line) => isTestLine(line.text))).toBe(true);
    expect(train.some((line) => isTestLine(line.text))).toBe(false);
    expect(train.length + test.length).toBe(lines().length);
  });

  it('adds an unpunctuated twin for each question', () => {
    const examples = toTrainingExamples([{ text: 'Too pricey?', label: 'budget', style: 'written', source: 't' }], OBJECTION_CATEGORIES);
    expect(examples).toHaveLength(2);
    expect(examples[0].features.has('q:mark')).toBe(true);
    expect(examples[1].features.has('q:mark')).toBe(false);
  });

  it('trains a head that fits its lines, cross-validates and packs into a valid weights file', () => {
    const data = lines();
    const head = trainHead(data, OBJECTION_CATEGORIES, 1e-4, 50);
    expect(head.featureIndex.size).toBeLessThanOrEqual(50);
    expect(evaluateHead(roundTrip(head), data, OBJECTION_CATEGORIES).macroF1).toBeGreaterThan(0.9);
    const cv = crossValidate(data, OBJECTION_CATEGORIES, 1e-4, 50);
    expect(cv.foldMacroF1.length).toBeGreaterThan(1);
    expect(cv.meanMacroF1).toBeGreaterThan(0.5);
  });

  it('packs trained heads into a weights file the classifier loads', () => {
    const repLines: CorpusLine<RepAct>[] = REP_ACTS.flatMap((act) =>
      Array.from({ length: 4 }, (_, n) => ({ text: `${act} words ${n}`, label: act, style: 'written', source: 't' })),
    );
    const repHead = trainHead(repLines, REP_ACTS, 1e-4, 100);
    const buyerHead = trainHead(lines(), OBJECTION_CATEGORIES, 1e-4, 100);
    const weights = parseClassifierWeights(JSON.parse(JSON.stringify(packWeights(repHead, buyerHead, { note: 'test' }))));
    expect(weights.meta).toEqual({ note: 'test' });
    const classifier = createClassifier(weights);
    expect(classifier.classifyBuyer('the price is too high for us').objection).toBe('budget');
    expect(classifier.classifyRep('pitch words').act).toBe('pitch');
  });

  it('ships an untrained head as uniform scores beside a trained one', () => {
    const buyerHead = trainHead(lines(), OBJECTION_CATEGORIES, 1e-4, 100);
    const weights = parseClassifierWeights(JSON.parse(JSON.stringify(packWeights(untrainedHead(REP_ACTS), buyerHead, {}))));
    expect(weights.rep.features).toEqual([]);
    const classifier = createClassifier(weights);
    expect(classifier.classifyRep('our platform does that').confidence).toBeCloseTo(1 / REP_ACTS.length, 6);
    expect(classifier.classifyBuyer('the price is too high for us').objection).toBe('budget');
  });
});

describe('training lines of a head', () => {
  const line = (text: string, source: string): CorpusLine<ObjectionCategory> => ({ text, label: 'none', style: 'written', source });
  it('repeats each single line its weight and adds each call line once', () => {
    const single = [line('we have six people', 'single:1'), line('sure', 'single:2')];
    const calls = [line('it costs us a fortune', 'calls/d1:4')];
    expect(withCallLines(single, calls, 3).map((entry) => entry.source)).toEqual(['single:1', 'single:2', 'single:1', 'single:2', 'single:1', 'single:2', 'calls/d1:4']);
  });

  it('gives the buyer head\'s single lines more weight than the rep head\'s', () => {
    expect(SINGLE_LINE_WEIGHT.buyer).toBeGreaterThan(SINGLE_LINE_WEIGHT.rep);
  });
});
