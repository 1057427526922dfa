// Reads the whole-call corpus (seeds/calls/corpus/dev and the held-out sets) for the trainer and the evaluation. The
// held-out sets after the first were written after the shipped weights were chosen (see the corpus README).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCallFile, type CorpusCall } from '../../lib/call-corpus/call-file';
import { readOpeningFile, type CallOpening } from '../../lib/call-corpus/opening-file';
import type { LabeledOpening } from '../../lib/classifier/train-pipeline';
import { openingOf } from '../../lib/engine/call-type';
import { METHODOLOGY } from '../../lib/engine/methodology';

const corpusDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../seeds/calls/corpus');
const openingsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../seeds/calls/openings');
export const OPENING_SPLITS = ['dev', 'heldout'] as const;
export const CORPUS_SPLITS = ['dev', 'heldout', 'heldout-2', 'heldout-3', 'heldout-4', 'heldout-5', 'heldout-6'] as const;
export type CorpusSplit = (typeof CORPUS_SPLITS)[number];

/**
 * The held-out sets in the order they were written, with the titles `npm run eval` prints them under: `title` for the
 * set's whole-call table, `together` for the table of all sets up to it, `debriefTitle` for its debrief check. A new
 * held-out set is one more entry here.
 */
export const HELDOUT_SETS: ReadonlyArray<{ split: Exclude<CorpusSplit, 'dev'>; title: string; together?: string; debriefTitle: string }> = [
  { split: 'heldout', title: 'held-out calls (never trained or tuned on)', debriefTitle: 'held-out calls (aggregate only)' },
  {
    split: 'heldout-2',
    title: 'second held-out set (heldout-2: written after the shipped weights were chosen; never trained or tuned on)',
    together: 'both held-out sets',
    debriefTitle: 'second held-out set (heldout-2, aggregate only)',
  },
  {
    split: 'heldout-3',
    title: 'third held-out set (heldout-3: written by writers who saw only the brief, after every choice of this work; never trained or tuned on)',
    together: 'all three held-out sets',
    debriefTitle: 'third held-out set (heldout-3, aggregate only)',
  },
  {
    split: 'heldout-4',
    title: 'fourth held-out set (heldout-4: written by writers who saw only the brief, after the 292-call weights shipped; never trained or tuned on)',
    together: 'all four held-out sets',
    debriefTitle: 'fourth held-out set (heldout-4, aggregate only)',
  },
  {
    split: 'heldout-5',
    title: 'fifth held-out set (heldout-5: written by writers who saw only the brief, each in a private folder, with the 292-call weights shipped; never trained or tuned on)',
    together: 'all five held-out sets',
    debriefTitle: 'fifth held-out set (heldout-5, aggregate only)',
  },
  {
    split: 'heldout-6',
    title: 'sixth held-out set (heldout-6: written by writers who saw only the brief, each in a private folder, after the pitch bar of 0.7 and the reply head were chosen; never trained or tuned on)',
    together: 'all six held-out sets',
    debriefTitle: 'sixth held-out set (heldout-6, aggregate only)',
  },
];

/** Every call of a split, in file-name order; throws naming the file and the first problem in it. */
export function loadCorpusCalls(split: CorpusSplit): CorpusCall[] {
  return readJsonFolder(path.join(corpusDir, split), split, readCallFile);
}

/** Every call opening of a split (seeds/calls/openings/), in file-name order. */
export function loadOpenings(split: (typeof OPENING_SPLITS)[number]): CallOpening[] {
  return readJsonFolder(path.join(openingsDir, split), split, readOpeningFile);
}

/** The opening of each call or call opening with its labeled type: what the call-type head learns from. */
export function labeledOpenings(sources: ReadonlyArray<CorpusCall | CallOpening>): LabeledOpening[] {
  return sources.map((source) => ({ lines: openingOf(METHODOLOGY.callTypes, source.lines), callType: source.file.callType }));
}

/** Every `.json` file of a folder in file-name order, each read by `read`; throws naming `label/<file>` and the first problem in it. */
export function readJsonFolder<T>(dir: string, label: string, read: (raw: unknown) => T): T[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      try {
        return read(JSON.parse(readFileSync(path.join(dir, name), 'utf8')));
      } catch (error) {
        throw new Error(`${label}/${name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
}
