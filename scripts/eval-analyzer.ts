// How well the coaching engine reads whole calls: runs every labeled call in seeds/calls/eval/ (a transcript
// plus NAME.expected.json with the figures a person read off it) through analyzeTranscript with the shipped
// classifier, and prints per-field matches per call and overall.
//   npx tsx scripts/eval-analyzer.ts        (also run at the end of `npm run eval`)
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { defaultClassifier } from '../lib/classifier';
import { analyzeTranscript } from '../lib/engine/analyze-transcript';
import { METHODOLOGY } from '../lib/engine/methodology';
import { parseTranscript } from '../lib/transcript';
import { expectedCallSchema, FIELD_HEADINGS, SCORED_FIELDS, scoreCall, TOLERANCE, type FieldScore, type ScoredField } from './cli/analyzer-scoring';

const evalDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../seeds/calls/eval');
const EXPECTED_SUFFIX = '.expected.json';

function scoreFile(expectedFile: string): { name: string; scores: Record<ScoredField, FieldScore> } {
  const name = path.basename(expectedFile, EXPECTED_SUFFIX);
  const labeled = expectedCallSchema.parse(JSON.parse(readFileSync(expectedFile, 'utf8')));
  const transcript = parseTranscript(readFileSync(path.join(evalDir, labeled.transcript)), {
    wordsPerSecond: METHODOLOGY.thresholds.speech.wordsPerSecond,
  });
  const { report } = analyzeTranscript(transcript.cues, { repNames: [labeled.rep], classifier: defaultClassifier() });
  return { name, scores: scoreCall(labeled.expected, report.analysis) };
}

const cell = (score: FieldScore) => `${score.matched}/${score.total}`;
const percent = (matched: number, total: number) => `${((100 * matched) / Math.max(total, 1)).toFixed(1)} %`;

export function run(): void {
  const files = readdirSync(evalDir).filter((file) => file.endsWith(EXPECTED_SUFFIX)).sort();
  const results = files.map((file) => scoreFile(path.join(evalDir, file)));
  const width = Math.max(...results.map((result) => result.name.length), 'all calls'.length) + 2;
  console.log(`# Analyzer on labeled calls (seeds/calls/eval, ${results.length} calls, shipped classifier)`);
  console.log(`tolerance: first pitch ±${TOLERANCE.firstPitchSec} s, objections same category ±${TOLERANCE.objectionSec} s, question counts ±${TOLERANCE.questionCount}`);
  console.log(['call'.padEnd(width), ...SCORED_FIELDS.map((field) => FIELD_HEADINGS[field].padStart(13)), 'overall'.padStart(18)].join(''));
  const totals = {} as Record<ScoredField, FieldScore>;
  for (const field of SCORED_FIELDS) totals[field] = { matched: 0, total: 0, misses: [] };
  for (const { name, scores } of results) {
    const matched = SCORED_FIELDS.reduce((sum, field) => sum + scores[field].matched, 0);
    const total = SCORED_FIELDS.reduce((sum, field) => sum + scores[field].total, 0);
    for (const field of SCORED_FIELDS) {
      totals[field].matched += scores[field].matched;
      totals[field].total += scores[field].total;
    }
    console.log([name.padEnd(width), ...SCORED_FIELDS.map((field) => cell(scores[field]).padStart(13)), `${matched}/${total} ${percent(matched, total)}`.padStart(18)].join(''));
  }
  const matched = SCORED_FIELDS.reduce((sum, field) => sum + totals[field].matched, 0);
  const total = SCORED_FIELDS.reduce((sum, field) => sum + totals[field].total, 0);
  console.log(['all calls'.padEnd(width), ...SCORED_FIELDS.map((field) => percent(totals[field].matched, totals[field].total).padStart(13)), `${matched}/${total} ${percent(matched, total)}`.padStart(18)].join(''));
  const misses = results.flatMap(({ name, scores }) => SCORED_FIELDS.flatMap((field) => scores[field].misses.map((miss) => `  ${name} ${field}: ${miss}`)));
  if (misses.length > 0) console.log(['misses:', ...misses].join('\n'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    run();
  } catch (error) {
    console.error(`eval-analyzer: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    process.exitCode = 1;
  }
}
