// The lines the bench labels: rep lines from the independent check set (seeds/corpus-check) and buyer lines from
// the corpus's held-out test split. The label heads never train on either.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultClassifier } from '../../lib/classifier';
import { addCorpusFile, emptyCorpus } from '../../lib/classifier/corpus';
import { isTestLine } from '../../lib/classifier/split';
import type { Role } from '../../lib/types';

export interface HeldOutLine {
  role: Role;
  text: string;
  gold: string;
  fast: string;
}

export function heldOutLines(root: string): HeldOutLine[] {
  const corpus = emptyCorpus();
  const seen = new Set<string>();
  const corpusDir = path.join(root, 'seeds/corpus');
  for (const file of readdirSync(corpusDir).sort()) addCorpusFile(corpus, file, readFileSync(path.join(corpusDir, file), 'utf8'), seen);
  const check = emptyCorpus();
  addCorpusFile(check, 'rep-check.jsonl', readFileSync(path.join(root, 'seeds/corpus-check/rep.jsonl'), 'utf8'), new Set());

  const classifier = defaultClassifier();
  const rep = check.rep.map((line) => ({ role: 'rep' as const, text: line.text, gold: line.label, fast: classifier.classifyRep(line.text).act }));
  const buyer = corpus.buyer
    .filter((line) => isTestLine(line.text))
    .map((line) => ({ role: 'buyer' as const, text: line.text, gold: line.label, fast: classifier.classifyBuyer(line.text).objection }));
  return [...rep, ...buyer];
}
