// Coaching engine: the live hot path (one caption revision = label when the text changed + incremental analyzer
// updates + nudge policy, then the analysis the overlay reads) over a replayed 60-minute call whose captions
// grow word by word every ~300 ms; and the full analysis of a generated 60-minute transcript, with the shipped
// classifier and with a constant one (engine alone).
import { defaultClassifier } from '../../lib/classifier';
import { analyzeTranscript } from '../../lib/engine/analyze-transcript';
import { labelLine, type LineClassifier } from '../../lib/engine/labeling';
import { METHODOLOGY } from '../../lib/engine/methodology';
import { createCoachSession } from '../../lib/engine/session';
import { parseTranscript } from '../../lib/transcript';
import type { UtteranceRevision } from '../../lib/types';
import { asTimestampedLines, syntheticCall, type SyntheticTurn } from '../cli/synthetic-call';

const CALL_SEC = 3600;
const REWRITE_MS = 300;
const FULL_RUNS = 7;
const START = Date.UTC(2026, 2, 3, 14, 0);

const constantClassifier: LineClassifier = {
  classifyRep: () => ({ act: 'other', confidence: 0.9, scores: {} as never }),
  classifyBuyer: () => ({ objection: 'none', confidence: 0.9, scores: {} as never }),
};

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
}

const ms = (value: number) => `${value.toFixed(3)} ms`;
const summary = (timings: number[]) => {
  const sorted = [...timings].sort((a, b) => a - b);
  return `median ${ms(percentile(sorted, 0.5))}, p95 ${ms(percentile(sorted, 0.95))}, p99 ${ms(percentile(sorted, 0.99))}, max ${ms(sorted[sorted.length - 1])}`;
};

/** Each turn as the captions show it: the words so far, rewritten every REWRITE_MS until the turn is said. */
function captionRevisions(turns: readonly SyntheticTurn[]): UtteranceRevision[] {
  const revisions: UtteranceRevision[] = [];
  turns.forEach((turn, index) => {
    const words = turn.text.split(' ');
    const steps = Math.max(1, Math.round(((turn.endSec - turn.startSec) * 1000) / REWRITE_MS));
    for (let step = 1; step <= steps; step++) {
      revisions.push({
        id: `caption-${index}`,
        speaker: turn.speaker,
        self: turn.speaker === 'Sam Rivera',
        text: words.slice(0, Math.ceil((words.length * step) / steps)).join(' '),
        startedAt: START + turn.startSec * 1000,
        updatedAt: START + turn.startSec * 1000 + step * REWRITE_MS,
        final: step === steps,
      });
    }
  });
  return revisions;
}

function benchRevisions(classifier: LineClassifier, revisions: readonly UtteranceRevision[]) {
  const session = createCoachSession({ callStartedAt: START, classifier });
  const ingest: number[] = [];
  const withAnalysis: number[] = [];
  for (const revision of revisions) {
    const started = performance.now();
    session.ingest(revision);
    const ingested = performance.now();
    session.analysis();
    const read = performance.now();
    ingest.push(ingested - started);
    withAnalysis.push(read - started);
  }
  return { ingest, withAnalysis, nudges: session.report({ callId: 'bench', platform: 'demo', title: 'bench', repName: 'Sam', startedAt: START }).nudges.length };
}

/** The classifier's share of a revision: labeling each revision's text on its own. */
function benchLabeling(classifier: LineClassifier, revisions: readonly UtteranceRevision[]) {
  return revisions.map((revision) => {
    const started = performance.now();
    labelLine(classifier, revision.self ? 'rep' : 'buyer', revision.text);
    return performance.now() - started;
  });
}

function benchFullAnalysis(classifier: LineClassifier, transcript: string) {
  const timings: number[] = [];
  for (let run = 0; run < FULL_RUNS; run++) {
    const started = performance.now();
    const parsed = parseTranscript(transcript, { wordsPerSecond: METHODOLOGY.thresholds.speech.wordsPerSecond });
    analyzeTranscript(parsed.cues, { repNames: ['Sam Rivera'], classifier });
    timings.push(performance.now() - started);
  }
  return timings.sort((a, b) => a - b);
}

export function run(): void {
  const turns = syntheticCall(CALL_SEC, 42);
  const revisions = captionRevisions(turns);
  benchRevisions(defaultClassifier(), revisions.slice(0, 2000));

  const shipped = benchRevisions(defaultClassifier(), revisions);
  const engineOnly = benchRevisions(constantClassifier, revisions);
  console.log(`live call: ${turns.length} turns, ${revisions.length} caption revisions (${REWRITE_MS} ms rewrites, ${CALL_SEC / 60} min), ${shipped.nudges} nudges`);
  console.log(`per revision, classify + analyzers + nudge policy:     ${summary(shipped.ingest)}`);
  console.log(`per revision, ... + reading the analysis:              ${summary(shipped.withAnalysis)}`);
  console.log(`per revision, engine only (constant classifier):       ${summary(engineOnly.withAnalysis)}`);
  console.log(`per revision, shipped classifier alone:                ${summary(benchLabeling(defaultClassifier(), revisions))}`);

  const transcript = asTimestampedLines(turns);
  const full = benchFullAnalysis(defaultClassifier(), transcript);
  const fullEngine = benchFullAnalysis(constantClassifier, transcript);
  const kb = (transcript.length / 1024).toFixed(0);
  console.log(`full analyze, ${CALL_SEC / 60}-minute transcript (${kb} kB, ${turns.length} lines), parse + classify + analyze + debrief: median ${ms(percentile(full, 0.5))}, best ${ms(full[0])} (${FULL_RUNS} runs)`);
  console.log(`full analyze, same transcript, engine only (constant classifier): median ${ms(percentile(fullEngine, 0.5))}`);
}
