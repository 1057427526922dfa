// Labels caption lines with the shipped fast classifier.
//   npm run -s classify -- FILE.jsonl
// Input: one {"id","speaker":"rep"|"buyer","text"} a line. Output: one {"id","act"|"objection","confidence"}
// a line. Malformed lines are reported on stderr by line number and skipped; unreadable input is one error line.
import { readFileSync, statSync } from 'node:fs';
import { z } from 'zod';
import { defaultClassifier } from '../lib/classifier';

const inputLineSchema = z.object({
  id: z.union([z.string(), z.number()]),
  speaker: z.enum(['rep', 'buyer']),
  text: z.string(),
});

const MAX_INPUT_BYTES = 256 * 1024 * 1024;

function fail(message: string): never {
  console.error(`classify: ${message}`);
  process.exit(1);
}

function readInput(file: string | undefined): string {
  if (!file) fail('usage: npm run -s classify -- FILE.jsonl');
  let size: number;
  try {
    const stats = statSync(file);
    if (!stats.isFile()) fail(`${file} is not a file`);
    size = stats.size;
  } catch {
    fail(`cannot read ${file}: no such file`);
  }
  if (size === 0) fail(`${file} is empty`);
  if (size > MAX_INPUT_BYTES) fail(`${file} is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB`);
  const bytes = readFileSync(file);
  if (bytes.includes(0)) fail(`${file} looks binary (contains NUL bytes), expected JSON lines`);
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const undecodable = text.match(/\uFFFD/g)?.length ?? 0;
  if (undecodable > text.length / 100) fail(`${file} looks binary (not UTF-8 text), expected JSON lines`);
  if (text.trim() === '') fail(`${file} is empty`);
  return text;
}

function main(): void {
  const text = readInput(process.argv[2]);
  const classifier = defaultClassifier();
  const output: string[] = [];
  text.split('\n').forEach((rawLine, index) => {
    if (rawLine.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(rawLine);
    } catch {
      console.error(`classify: line ${index + 1}: not valid JSON, skipped`);
      return;
    }
    const parsed = inputLineSchema.safeParse(json);
    if (!parsed.success) {
      const field = parsed.error.issues[0]?.path.join('.') || 'line';
      console.error(`classify: line ${index + 1}: expected {"id","speaker":"rep"|"buyer","text"} (bad ${field}), skipped`);
      return;
    }
    const { id, speaker, text: lineText } = parsed.data;
    const record =
      speaker === 'rep'
        ? (({ act, confidence }) => ({ id, act, confidence: round(confidence) }))(classifier.classifyRep(lineText))
        : (({ objection, confidence }) => ({ id, objection, confidence: round(confidence) }))(classifier.classifyBuyer(lineText));
    output.push(JSON.stringify(record));
  });
  if (output.length > 0) process.stdout.write(`${output.join('\n')}\n`);
}

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}

try {
  main();
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
