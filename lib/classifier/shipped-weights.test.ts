// Guards the weights file that ships (seeds/model/classifier.json): it must score at least the documented floor
// on the held-out test split, and the λ that `npm run train` chose for each head must lie inside the L2 grid (a
// choice at an end of the grid means the search never bracketed its optimum). Both checks are generic: they read
// whatever heads and λ values the file's meta names.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS_DIR, DEFAULT_MODEL_FILE, loadCorpus } from '../../scripts/train';
import { OBJECTION_CATEGORIES, REP_ACTS } from '../types';
import { headFromWeights } from './linear-head';
import { SHIPPED_MODEL_FLOOR } from './quality-floor';
import { L2_GRID, evaluateHead, l2GridPosition, splitLines } from './train-pipeline';
import { parseClassifierWeights } from './weights';
import { createClassifier } from './classifier';
import { loadOpenings } from '../../scripts/cli/corpus-calls';
import { openingOf } from '../engine/call-type';
import { METHODOLOGY } from '../engine/methodology';

/** SHIPPED_WEIGHTS_FILE points the test at another file (used once to check that a worse model fails it). */
const modelFile = process.env.SHIPPED_WEIGHTS_FILE ? path.resolve(process.env.SHIPPED_WEIGHTS_FILE) : DEFAULT_MODEL_FILE;
const weights = parseClassifierWeights(JSON.parse(readFileSync(modelFile, 'utf8')));
const corpus = loadCorpus(DEFAULT_CORPUS_DIR);

describe('the shipped classifier weights', () => {
  it('score at least the documented floor on the test split (rep acts)', () => {
    const { test } = splitLines(corpus.rep);
    expect(test.length).toBeGreaterThan(100);
    const report = evaluateHead(headFromWeights(weights.rep), test, REP_ACTS);
    expect(report.macroF1).toBeGreaterThanOrEqual(SHIPPED_MODEL_FLOOR.repTestMacroF1);
  });

  it('score at least the documented floor on the test split (objections)', () => {
    const { test } = splitLines(corpus.buyer);
    expect(test.length).toBeGreaterThan(100);
    const report = evaluateHead(headFromWeights(weights.buyer), test, OBJECTION_CATEGORIES);
    expect(report.macroF1).toBeGreaterThanOrEqual(SHIPPED_MODEL_FLOOR.objectionsTestMacroF1);
  });

  it('were trained with a λ inside the L2 grid for every head, not at either end', () => {
    const chosen = Object.entries(weights.meta ?? {}).filter(([key]) => /L2$/.test(key));
    expect(chosen.map(([key]) => key)).toEqual(expect.arrayContaining(['repL2', 'buyerL2']));
    for (const [key, value] of chosen) expect({ key, position: l2GridPosition(Number(value), L2_GRID) }).toEqual({ key, position: 'inside' });
  });
});

describe('the shipped call-type head', () => {
  it('is there and reads the dev openings it was trained on (a head out of step with its training would not)', () => {
    const classifier = createClassifier(weights);
    const openings = loadOpenings('dev');
    expect(openings.length).toBeGreaterThanOrEqual(100);
    const right = openings.filter((opening) => classifier.classifyCallType(openingOf(METHODOLOGY.callTypes, opening.lines))?.callType === opening.file.callType);
    expect(right.length / openings.length).toBeGreaterThanOrEqual(0.95);
  });
});

describe('l2GridPosition', () => {
  it('tells the ends of the grid from its inside and from values not on it', () => {
    const grid = [1e-6, 3e-6, 1e-5];
    expect(l2GridPosition(1e-6, grid)).toBe('low');
    expect(l2GridPosition(1e-5, grid)).toBe('high');
    expect(l2GridPosition(3e-6, grid)).toBe('inside');
    expect(l2GridPosition(5e-6, grid)).toBe('off-grid');
    expect(l2GridPosition(3e-6, [1e-5, 3e-6, 1e-6])).toBe('inside');
  });
});
