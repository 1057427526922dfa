// How far two careful readers agree on the dev calls' objections: a reader who never saw the writers' labels labeled
// every buyer line of 20 dev calls (seeds/calls/corpus/second-reading/), and those labels are scored against the
// writers' with the engine's rules (same category within 30 s). It bounds what a goal for the classifier can ask
// of these labels. Dev calls only: the held-out calls are never read line by line.
//   npx tsx scripts/eval-second-reading.ts   (also run by `npm run eval`)
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scoreSecondReading, secondReadingSchema } from '../lib/call-corpus/second-reading';
import { loadCorpusCalls } from './cli/corpus-calls';
import { objectionFigures } from './eval-calls';

export const SECOND_READING_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../seeds/calls/corpus/second-reading');

/** The ids of the dev calls that have a second reading. */
export function secondReadingCallIds(): string[] {
  return readdirSync(SECOND_READING_DIR)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length));
}

export function run(): void {
  const calls = new Map(loadCorpusCalls('dev').map((call) => [call.file.id, call]));
  const totals = { flagged: 0, flaggedRight: 0, moments: 0, caught: 0 };
  const ids = secondReadingCallIds();
  for (const id of ids) {
    const file = path.join(SECOND_READING_DIR, `${id}.json`);
    const parsed = secondReadingSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues[0]?.message}`);
    const call = calls.get(parsed.data.call);
    if (!call || parsed.data.call !== id) throw new Error(`${file}: names call "${parsed.data.call}", which is not the dev call of that name`);
    const score = scoreSecondReading(call, parsed.data);
    for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += score[key];
  }
  console.log(`# Second reading: a blind second reader's objections on ${ids.length} dev calls, judged against the writers' labels (same category within 30 s)`);
  console.log(objectionFigures(totals));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) run();
