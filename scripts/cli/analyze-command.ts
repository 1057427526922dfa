// `npm run -s analyze -- FILE --rep "NAME" [--json]`: analyzes a transcript file (WebVTT/SRT, "[hh:mm:ss]
// Speaker: text" or "Speaker: text" lines) with the coaching engine and prints the figures, the nudges the
// rep would have seen, and the debrief. Warnings go to stderr; stdout holds only the result.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultClassifier } from '../../lib/classifier';
import { analyzeTranscript, findRepSpeakers, speakersOf } from '../../lib/engine/analyze-transcript';
import type { LineClassifier } from '../../lib/engine/labeling';
import { METHODOLOGY } from '../../lib/engine/methodology';
import { MAX_TRANSCRIPT_BYTES, parseTranscript } from '../../lib/transcript';
import { analysisJson, readableReport } from './analyze-output';
import { CliError, oneLine, type CliResult } from './cli-result';

export const ANALYZE_USAGE = 'usage: npm run -s analyze -- FILE --rep "NAME" [--rep "OTHER NAME"] [--json]';

export interface AnalyzeDependencies {
  /** The line classifier; the shipped one unless a test passes its own. */
  classifier?: () => LineClassifier;
}

function readTranscriptFile(file: string): { bytes: Uint8Array; modifiedMs: number } {
  let stats;
  try {
    stats = statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file}: ${oneLine(error)}`);
  }
  if (stats.isDirectory()) throw new CliError(`${file} is a directory, not a transcript file`);
  if (stats.size > MAX_TRANSCRIPT_BYTES) {
    throw new CliError(`${file}: the transcript is ${(stats.size / 1048576).toFixed(1)} MB; the limit is ${MAX_TRANSCRIPT_BYTES / 1048576} MB`);
  }
  try {
    return { bytes: readFileSync(file), modifiedMs: stats.mtimeMs };
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${oneLine(error)}`);
  }
}

function parseCommandLine(args: readonly string[]) {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { rep: { type: 'string', multiple: true }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    });
    return { file: positionals[0], extra: positionals.slice(1), repNames: values.rep ?? [], json: values.json ?? false, help: values.help ?? false };
  } catch (error) {
    throw new CliError(`${oneLine(error)} (${ANALYZE_USAGE})`, 2);
  }
}

function analyze(args: readonly string[], dependencies: AnalyzeDependencies): CliResult {
  const options = parseCommandLine(args);
  if (options.help) return { exitCode: 0, stdout: ANALYZE_USAGE, stderr: [] };
  if (!options.file) throw new CliError(`missing the transcript file (${ANALYZE_USAGE})`, 2);
  if (options.extra.length > 0) throw new CliError(`one transcript at a time; unexpected: ${options.extra.join(' ')}`, 2);

  const { bytes, modifiedMs } = readTranscriptFile(options.file);
  const parsed = parseTranscript(bytes, { wordsPerSecond: METHODOLOGY.thresholds.speech.wordsPerSecond });
  const repNames = options.repNames.map((name) => name.trim()).filter((name) => name.length > 0);
  const speakers = speakersOf(parsed.cues);
  if (repNames.length === 0) throw new CliError(`missing --rep "NAME"; speakers in ${options.file}: ${speakers.slice(0, 10).join(', ')}`, 2);
  const { repSpeakers, warning } = findRepSpeakers(speakers, repNames);
  if (repSpeakers.length === 0) throw new CliError(warning ?? 'no rep speaker found');
  const result = analyzeTranscript(parsed.cues, {
    repNames,
    classifier: (dependencies.classifier ?? defaultClassifier)(),
    meta: { title: path.basename(options.file), startedAt: modifiedMs, repName: repNames[0] },
  });
  const stdout = options.json ? JSON.stringify(analysisJson(result), null, 2) : readableReport(result);
  const warnings = [...parsed.warnings, ...result.warnings].map((warning) => `analyze: warning: ${warning}`);
  return { exitCode: 0, stdout, stderr: warnings };
}

/** Runs the command; every failure becomes one line on stderr and a non-zero exit code. */
export function runAnalyze(args: readonly string[], dependencies: AnalyzeDependencies = {}): CliResult {
  try {
    return analyze(args, dependencies);
  } catch (error) {
    const exitCode = error instanceof CliError ? error.exitCode : 1;
    return { exitCode, stdout: '', stderr: [`analyze: ${oneLine(error)}`] };
  }
}
