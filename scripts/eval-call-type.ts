// The call-type reading on call openings (seeds/calls/openings/): how often the engine names the kind of call from
// its first minutes, on many more openings than the whole-call corpus has. `dev/` is read freely to train and choose
// the call-type head and the cues of seeds/methodology/call-types.json; `heldout/` was written by other writers and is
// printed as an aggregate only. Then, on dev data only, how the head reads writers it was not trained on: trained on
// the dev calls and one batch of dev openings, it reads the other batch; and each fifth of the dev calls read by a head
// trained on the rest (the cues alone are printed beside it).
//   npx tsx scripts/eval-call-type.ts [--dev-details]   (also the last section of npm run eval)
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { scoreCallTypeReading, type CallOpening, type TypedLines } from '../lib/call-corpus/opening-file';
import { createClassifier } from '../lib/classifier/classifier';
import { SHIPPED_WEIGHTS, defaultClassifier } from '../lib/classifier';
import { packWeights, trainCallTypeHead, untrainedHead } from '../lib/classifier/train-pipeline';
import { METHODOLOGY } from '../lib/engine/methodology';
import type { OpeningClassifier } from '../lib/engine/call-type';
import { CALL_TYPES, OBJECTION_CATEGORIES, REP_ACTS } from '../lib/types';
import type { CorpusCall } from '../lib/call-corpus/call-file';
import { OPENING_SPLITS, labeledOpenings, loadCorpusCalls, loadOpenings } from './cli/corpus-calls';

const percent = (right: number, all: number) => `${((100 * right) / Math.max(all, 1)).toFixed(0)} %`;

/** The shipped call-type head as an opening reader; undefined when the shipped weights carry none (cues alone). */
function shippedReader(): OpeningClassifier | undefined {
  const classifier = defaultClassifier();
  return SHIPPED_WEIGHTS.callType ? (opening) => classifier.classifyCallType(opening) : undefined;
}

/** A reader with only a call-type head trained on `sources` (the rep and buyer heads are untrained placeholders). */
function readerTrainedOn(sources: ReadonlyArray<CorpusCall | CallOpening>): OpeningClassifier {
  const head = trainCallTypeHead(labeledOpenings(sources));
  const classifier = createClassifier(packWeights(untrainedHead(REP_ACTS), untrainedHead(OBJECTION_CATEGORIES), {}, head));
  return (opening) => classifier.classifyCallType(opening);
}

/** Openings and calls read right by `learned` (or by the cues alone when it is undefined). */
const rightOf = (sources: readonly TypedLines[], learned?: OpeningClassifier) => scoreCallTypeReading(METHODOLOGY.callTypes, sources, learned).right;

/** The first batch of dev openings (o101–o320) and the second (o601–o820), by writers of their own. */
const isFirstBatch = (opening: CallOpening) => Number(opening.file.id.slice(1, 4)) < 600;

export function run(): void {
  console.log('# Call type read from call openings (seeds/calls/openings): the first minutes of a call, the type its writer gave it');
  const learned = shippedReader();
  console.log(learned ? 'read by the call-type head of seeds/model/classifier.json' : 'read by the cues of call-types.json (the shipped weights have no call-type head)');
  for (const split of OPENING_SPLITS) {
    const openings = loadOpenings(split);
    const score = scoreCallTypeReading(METHODOLOGY.callTypes, openings, learned);
    const perType = CALL_TYPES.map((type) => `${type} ${score.byType[type].right}/${score.byType[type].openings}`).join(', ');
    const title = split === 'dev' ? 'dev openings (trained and chosen on these)' : 'held-out openings (other writers; never used to train or choose; aggregate only)';
    console.log(`${title}: right ${score.right}/${score.openings} (${percent(score.right, score.openings)}); ${perType}; another type read as discovery ${score.readAsDiscoveryWrongly}`);
    if (split === 'dev' && process.argv.includes('--dev-details')) for (const { id, found } of score.misread) console.log(`  ${id}: read as ${found}`);
  }
  crossWriterCheck();
}

/** How the head reads openings by writers it was not trained on, on dev data only, beside the cues alone. */
function crossWriterCheck(): void {
  const calls = loadCorpusCalls('dev');
  const openings = loadOpenings('dev');
  const first = openings.filter(isFirstBatch);
  const second = openings.filter((opening) => !isFirstBatch(opening));
  console.log('\nthe call-type head on writers it was not trained on (dev data only; the cues were chosen on all of it, so theirs are in-sample):');
  for (const [name, trainOn, readOn] of [
    ['second batch of dev openings, head trained on the dev calls and the first batch', first, second],
    ['first batch of dev openings, head trained on the dev calls and the second batch', second, first],
  ] as const) {
    console.log(`  ${name}: ${rightOf(readOn, readerTrainedOn([...calls, ...trainOn]))}/${readOn.length} (cues alone ${rightOf(readOn)})`);
  }
  let foldRight = 0;
  for (let fold = 0; fold < 5; fold++) {
    const readOn = calls.filter((_, index) => index % 5 === fold);
    foldRight += rightOf(readOn, readerTrainedOn([...calls.filter((_, index) => index % 5 !== fold), ...openings]));
  }
  console.log(`  dev calls, each fifth read by a head trained on the rest and all dev openings: ${foldRight}/${calls.length} (cues alone ${rightOf(calls)})`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    run();
  } catch (error) {
    console.error(`eval-call-type: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    process.exitCode = 1;
  }
}
