// Checks whole-call corpus files and prints each call's size and label counts.
//   npx tsx scripts/check-call-corpus.ts [FILE.json ...]   (no arguments: every file in seeds/calls/corpus/)
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCallFile } from '../lib/call-corpus/call-file';
import { CORPUS_SPLITS } from './cli/corpus-calls';

const corpusDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../seeds/calls/corpus');
const files = process.argv.slice(2).length > 0
  ? process.argv.slice(2)
  : CORPUS_SPLITS.flatMap((split) => readdirSync(path.join(corpusDir, split)).filter((name) => name.endsWith('.json')).map((name) => path.join(corpusDir, split, name)));
let failed = 0;
let totalLines = 0;
for (const file of files) {
  try {
    const call = readCallFile(JSON.parse(readFileSync(file, 'utf8')));
    const objections = call.lines.filter((line) => line.objection && line.objection !== 'none').length;
    const pitches = call.lines.filter((line) => line.act === 'pitch');
    totalLines += call.lines.length;
    console.log(`${path.basename(file)}: ${call.file.callType}, ${call.file.style}, ${call.lines.length} lines, ${(call.durationSec / 60).toFixed(1)} min, ${objections} objection lines, first pitch ${pitches[0] ? `${Math.round(pitches[0].startSec)} s` : 'none'}`);
  } catch (error) {
    failed += 1;
    console.error(`${path.basename(file)}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
console.log(`${files.length} calls, ${totalLines} lines, ${failed} with errors`);
process.exitCode = failed > 0 ? 1 : 0;
