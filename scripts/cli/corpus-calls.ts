// Reads the whole-call corpus (seeds/calls/corpus/dev, /heldout, /heldout-2, /heldout-3 and /heldout-4) for the trainer
// and the evaluation. `heldout-2`, `heldout-3` and `heldout-4` are the later held-out sets, written after the shipped weights were chosen
// (see the corpus README).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCallFile, type CorpusCall } from '../../lib/call-corpus/call-file';

const corpusDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../seeds/calls/corpus');
export const CORPUS_SPLITS = ['dev', 'heldout', 'heldout-2', 'heldout-3', 'heldout-4'] as const;
export type CorpusSplit = (typeof CORPUS_SPLITS)[number];

/** Every call of a split, in file-name order; throws naming the file and the first problem in it. */
export function loadCorpusCalls(split: CorpusSplit): CorpusCall[] {
  const dir = path.join(corpusDir, split);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      try {
        return readCallFile(JSON.parse(readFileSync(path.join(dir, name), 'utf8')));
      } catch (error) {
        throw new Error(`${split}/${name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
}
