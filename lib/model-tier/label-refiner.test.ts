import { describe, expect, it } from 'vitest';
import { evaluatePredictions } from '../classifier/metrics';
import { isTestLine } from '../classifier/split';
import { OBJECTION_CATEGORIES, REP_ACTS } from '../types';
import { createLabelRefiner, trainingLinesForHead } from './label-refiner';
import { MODEL_TIER_SETTINGS } from './model-tier-settings';
import { EMBED_MODEL, fakeRuntime, seedCorpusFromDisk } from './test-support';

describe('label refiner', () => {
  it('trains on the training split only, capped per label, the same way every time', () => {
    const corpus = seedCorpusFromDisk();
    const picked = trainingLinesForHead(corpus.rep, 50);
    expect(picked.some((line) => isTestLine(line.text))).toBe(false);
    for (const act of REP_ACTS) expect(picked.filter((line) => line.label === act)).toHaveLength(50);
    expect(trainingLinesForHead([...corpus.rep].reverse(), 50).map((line) => line.text).sort()).toEqual(picked.map((line) => line.text).sort());
  });

  it('fits heads on the seed corpus and labels held-out lines with the label names of labels.md', async () => {
    const corpus = seedCorpusFromDisk();
    const { runtime } = fakeRuntime();
    const model = await runtime.load(EMBED_MODEL, () => {});
    const progress: Array<[number, number]> = [];
    const acceptAll = { ...MODEL_TIER_SETTINGS, refinement: { ...MODEL_TIER_SETTINGS.refinement, acceptAtConfidence: 0 } };
    const refiner = await createLabelRefiner(model, corpus, acceptAll, (done, total) => progress.push([done, total]));
    expect(progress.at(-1)?.[0]).toBe(progress.at(-1)?.[1]);

    const macroF1 = async <L extends string>(role: 'rep' | 'buyer', names: readonly L[], lines: ReadonlyArray<{ text: string; label: L }>) => {
      const held = lines.filter((line) => isTestLine(line.text));
      const labels = await refiner.refine(held.map((line, index) => ({ utteranceId: String(index), role, text: line.text })));
      const predicted = labels.map(({ label }) => {
        expect(label).toMatchObject({ role, tier: 'model' });
        return names.indexOf((label?.role === 'rep' ? label.act : label?.objection) as L);
      });
      return evaluatePredictions(names, held.map((line) => names.indexOf(line.label)), predicted).macroF1;
    };
    // A hashed bag of words is a weak stand-in for a sentence embedding; the heads still have to learn the labels.
    expect(await macroF1('rep', REP_ACTS, corpus.rep)).toBeGreaterThan(0.6);
    expect(await macroF1('buyer', OBJECTION_CATEGORIES, corpus.buyer)).toBeGreaterThan(0.45);
  });

  it('answers null below the acceptance confidence and for empty lines', async () => {
    const { runtime } = fakeRuntime();
    const model = await runtime.load(EMBED_MODEL, () => {});
    const strict = { ...MODEL_TIER_SETTINGS, refinement: { ...MODEL_TIER_SETTINGS.refinement, acceptAtConfidence: 1 } };
    const refiner = await createLabelRefiner(model, seedCorpusFromDisk(), strict);
    const labels = await refiner.refine([
      { utteranceId: 'a', role: 'rep', text: 'Where does the month-end close get stuck?' },
      { utteranceId: 'b', role: 'rep', text: '   ' },
    ]);
    expect(labels).toEqual([
      { utteranceId: 'a', label: null },
      { utteranceId: 'b', label: null },
    ]);
  });
});
