// Live labels from an embedding model: the seed corpus's training lines are embedded once when the model loads,
// two softmax heads are fitted on them (rep acts, buyer objections; label names as in labels.md), and each caption
// line then costs one embedding and a 384×6 product. The held-out test split is never trained on, so the bench
// can grade the heads on it.
import type { Corpus, CorpusLine } from '../classifier/corpus';
import { isTestLine, stableHash } from '../classifier/split';
import { normalizeText } from '../classifier/normalize';
import { OBJECTION_CATEGORIES, REP_ACTS, type ObjectionCategory, type RepAct, type UtteranceLabel } from '../types';
import { bestLabel, fitDenseHead, type DenseHead } from './embedding-head';
import type { RefineLine } from './messages';
import type { ModelTierSettings } from './model-tier-settings';
import type { LoadedModel } from './model-runtime';

export interface RefinedLabel {
  utteranceId: string;
  /** Null when the model is not confident enough to overrule the fast classifier. */
  label: UtteranceLabel | null;
}

export interface LabelRefiner {
  refine(lines: readonly RefineLine[]): Promise<RefinedLabel[]>;
}

/** Texts per embedding call while fitting: large enough to keep the GPU busy, small enough to report progress. */
const FIT_CHUNK = 32;

/**
 * The lines a head learns from: training split only, at most `maxPerLabel` per label, picked by a stable hash so
 * the pick does not depend on file order and is the same on every machine.
 */
export function trainingLinesForHead<L extends string>(lines: readonly CorpusLine<L>[], maxPerLabel: number): CorpusLine<L>[] {
  const byLabel = new Map<L, CorpusLine<L>[]>();
  for (const line of lines) {
    if (isTestLine(line.text)) continue;
    const group = byLabel.get(line.label) ?? [];
    group.push(line);
    byLabel.set(line.label, group);
  }
  const picked: CorpusLine<L>[] = [];
  for (const group of byLabel.values()) {
    const ordered = [...group].sort((a, b) => stableHash(`head:${normalizeText(a.text)}`) - stableHash(`head:${normalizeText(b.text)}`));
    picked.push(...ordered.slice(0, maxPerLabel));
  }
  return picked;
}

async function embedAll(model: LoadedModel, texts: readonly string[], onProgress: (done: number) => void): Promise<number[][]> {
  const vectors: number[][] = [];
  for (let start = 0; start < texts.length; start += FIT_CHUNK) {
    const chunk = texts.slice(start, start + FIT_CHUNK);
    const embedded = await model.embed(chunk);
    if (embedded.length !== chunk.length) throw new Error(`the model returned ${embedded.length} embeddings for ${chunk.length} texts`);
    vectors.push(...embedded);
    onProgress(vectors.length);
  }
  return vectors;
}

export async function createLabelRefiner(
  model: LoadedModel,
  corpus: Corpus,
  settings: ModelTierSettings,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<LabelRefiner> {
  const { head: headSettings, refinement } = settings;
  const repLines = trainingLinesForHead(corpus.rep, headSettings.maxTrainingLinesPerLabel);
  const buyerLines = trainingLinesForHead(corpus.buyer, headSettings.maxTrainingLinesPerLabel);
  const total = repLines.length + buyerLines.length;
  const clip = (text: string) => text.slice(0, refinement.maxEmbedChars);
  const vectors = await embedAll(model, [...repLines, ...buyerLines].map((line) => clip(line.text)), (done) => onProgress(done, total));

  const repHead = fitDenseHead(
    repLines.map((line, index) => ({ vector: vectors[index], label: REP_ACTS.indexOf(line.label) })),
    REP_ACTS,
    headSettings,
  );
  const buyerHead = fitDenseHead(
    buyerLines.map((line, index) => ({ vector: vectors[repLines.length + index], label: OBJECTION_CATEGORIES.indexOf(line.label) })),
    OBJECTION_CATEGORIES,
    headSettings,
  );

  const labelFor = (line: RefineLine, vector: number[]): UtteranceLabel | null => {
    const head: DenseHead = line.role === 'rep' ? repHead : buyerHead;
    const { label, confidence } = bestLabel(head, vector);
    if (confidence < refinement.acceptAtConfidence) return null;
    return line.role === 'rep'
      ? { role: 'rep', act: label as RepAct, confidence, tier: 'model' }
      : { role: 'buyer', objection: label as ObjectionCategory, confidence, tier: 'model' };
  };

  return {
    async refine(lines) {
      // The engine rejects empty input, and an empty line has nothing to label.
      const spoken = lines.filter((line) => line.text.trim() !== '');
      const embedded = spoken.length > 0 ? await model.embed(spoken.map((line) => clip(line.text))) : [];
      const vectors = new Map(spoken.map((line, index) => [line, embedded[index]]));
      return lines.map((line) => {
        const vector = vectors.get(line);
        return { utteranceId: line.utteranceId, label: vector ? labelFor(line, vector) : null };
      });
    },
  };
}
