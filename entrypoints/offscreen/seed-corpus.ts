// The seed corpus (seeds/corpus/*.jsonl), bundled into the offscreen document as text so the label heads can be
// fitted in the browser; parsed only when a labels model first loads.
import { addCorpusFile, emptyCorpus, type Corpus } from '../../lib/classifier/corpus';

const files = import.meta.glob<string>('../../seeds/corpus/*.jsonl', { query: '?raw', import: 'default', eager: true });

let corpus: Corpus | undefined;

export function seedCorpus(): Corpus {
  if (corpus) return corpus;
  const parsed = emptyCorpus();
  const seen = new Set<string>();
  for (const [path, content] of Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1))) {
    addCorpusFile(parsed, path.slice(path.lastIndexOf('/') + 1), content, seen);
  }
  corpus = parsed;
  return parsed;
}
