// The call-type reading on call openings (seeds/calls/openings/): how often the engine names the kind of call from
// its first minutes, on many more openings than the whole-call corpus has. `dev/` is read freely to choose the cues of
// seeds/methodology/call-types.json; `heldout/` was written by other writers and is printed as an aggregate only.
//   npx tsx scripts/eval-call-type.ts [--dev-details]   (also the last section of npm run eval)
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readOpeningFile, scoreCallTypeReading, type CallOpening } from '../lib/call-corpus/opening-file';
import { METHODOLOGY } from '../lib/engine/methodology';
import { readJsonFolder } from './cli/corpus-calls';
import { CALL_TYPES } from '../lib/types';

const openingsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../seeds/calls/openings');
export const OPENING_SPLITS = ['dev', 'heldout'] as const;

export function loadOpenings(split: (typeof OPENING_SPLITS)[number]): CallOpening[] {
  return readJsonFolder(path.join(openingsDir, split), split, readOpeningFile);
}

export function run(): void {
  console.log('# Call type read from call openings (seeds/calls/openings): the first minutes of a call, the type its writer gave it');
  for (const split of OPENING_SPLITS) {
    const openings = loadOpenings(split);
    const score = scoreCallTypeReading(METHODOLOGY.callTypes, openings);
    const perType = CALL_TYPES.map((type) => `${type} ${score.byType[type].right}/${score.byType[type].openings}`).join(', ');
    const title = split === 'dev' ? 'dev openings (the cues are chosen on these)' : 'held-out openings (other writers; never used to choose a cue; aggregate only)';
    console.log(`${title}: right ${score.right}/${score.openings} (${((100 * score.right) / Math.max(score.openings, 1)).toFixed(0)} %); ${perType}; another type read as discovery ${score.readAsDiscoveryWrongly}`);
    if (split === 'dev' && process.argv.includes('--dev-details')) for (const { id, found } of score.misread) console.log(`  ${id}: read as ${found}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    run();
  } catch (error) {
    console.error(`eval-call-type: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    process.exitCode = 1;
  }
}
