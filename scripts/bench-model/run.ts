// Benchmarks the model tier in Chromium with the built extension on a machine with a GPU:
//   npm run build:chrome && tsx scripts/bench-model/run.ts [options]
// Loads the labels model (downloading it on the first run; the profile keeps it), times per-line refinement over
// held-out lines (p50/p95, round trip and engine time) and grades the labels, then loads the debrief model and
// times debrief generation. See docs/model-tier.md, "Bench".
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { MODEL_TIER_SETTINGS } from '../../lib/model-tier/model-tier-settings';
import { sampleCall } from '../../lib/model-tier/test-support';
import { OBJECTION_CATEGORIES, REP_ACTS } from '../../lib/types';
import { formatMs, labelQuality, summarizeLatency, type LabelOutcome } from './bench-stats';
import { openExtension, waitUntilLoaded } from './extension-driver';
import { heldOutLines } from './held-out';

const ROOT = path.resolve(import.meta.dirname, '../..');
const recommended = (purpose: 'labels' | 'debrief') => MODEL_TIER_SETTINGS.catalog.find((choice) => choice.purpose === purpose && choice.recommended)!.modelId;

const { values: args } = parseArgs({
  options: {
    labels: { type: 'string', default: recommended('labels') },
    debrief: { type: 'string', default: recommended('debrief') },
    'skip-debrief': { type: 'boolean', default: false },
    lines: { type: 'string', default: '400' },
    'debrief-runs': { type: 'string', default: '3' },
    profile: { type: 'string', default: path.join(tmpdir(), 'discovery-coach-bench-model-profile') },
    extension: { type: 'string', default: path.join(ROOT, '.output/chrome-mv3') },
    chromium: { type: 'string' },
    'chrome-flag': { type: 'string', multiple: true, default: [] },
    headed: { type: 'boolean', default: false },
    'load-timeout-min': { type: 'string', default: '30' },
    out: { type: 'string' },
  },
});

const WARM_UP_LINES = 5;
const log = (line: string) => console.log(line);

const driver = await openExtension({
  extensionDir: args.extension!,
  profileDir: args.profile!,
  chromiumPath: args.chromium,
  headed: args.headed!,
  extraFlags: args['chrome-flag']!,
});
const report: Record<string, unknown> = { labelsModel: args.labels, debriefModel: args['skip-debrief'] ? null : args.debrief };

try {
  const { status } = await driver.ask({ type: 'status' });
  log(`GPU: ${JSON.stringify(status.gpu)}`);
  report.gpu = status.gpu;
  if (!status.gpu?.webgpu) throw new Error(status.error?.message ?? 'This browser has no WebGPU adapter; pass GPU flags with --chrome-flag.');

  const load = async (modelId: string) => {
    const { models } = await driver.ask({ type: 'list-models' });
    const cachedBefore = models.find((model: { modelId: string }) => model.modelId === modelId)?.cached ?? false;
    const startedAt = Date.now();
    await driver.ask({ type: 'enable', modelId });
    await waitUntilLoaded(driver, modelId, Number(args['load-timeout-min']) * 60_000, (text) => log(`  ${text}`));
    const { status: loaded } = await driver.ask({ type: 'status' });
    const figures = { cachedBefore, wallMs: Date.now() - startedAt, homeLoadMs: loaded.lastLoad?.ms ?? null };
    log(`${modelId}: loaded in ${formatMs(figures.wallMs)} (${cachedBefore ? 'from cache' : 'including download'})`);
    return figures;
  };

  report.labelsLoad = await load(args.labels!);
  const lines = heldOutLines(ROOT).slice(0, Number(args.lines));
  const roundTrips: number[] = [];
  const engine: number[] = [];
  const outcomes: Record<'rep' | 'buyer', LabelOutcome[]> = { rep: [], buyer: [] };
  for (const [index, line] of lines.entries()) {
    const { reply, roundTripMs } = await driver.timedAsk({ type: 'refine-labels', lines: [{ utteranceId: `l${index}`, role: line.role, text: line.text }] });
    if (!reply.ok) throw new Error(`refinement failed: ${reply.message}`);
    const label = reply.labels[0].label;
    outcomes[line.role].push({ gold: line.gold, fast: line.fast, model: label ? (label.role === 'rep' ? label.act : label.objection) : null });
    if (index < WARM_UP_LINES) continue;
    roundTrips.push(roundTripMs);
    engine.push(reply.engineMs);
  }
  const refinement = {
    roundTrip: summarizeLatency(roundTrips),
    engine: summarizeLatency(engine),
    rep: labelQuality(REP_ACTS, outcomes.rep),
    buyer: labelQuality(OBJECTION_CATEGORIES, outcomes.buyer),
  };
  report.refinement = refinement;
  log(`refinement, one line per request (${roundTrips.length} lines after ${WARM_UP_LINES} warm-up):`);
  log(`  engine      p50 ${formatMs(refinement.engine.p50)}  p95 ${formatMs(refinement.engine.p95)}`);
  log(`  round trip  p50 ${formatMs(refinement.roundTrip.p50)}  p95 ${formatMs(refinement.roundTrip.p95)}`);
  for (const role of ['rep', 'buyer'] as const) {
    const quality = refinement[role];
    log(`  ${role}: macro-F1 fast ${quality.fastMacroF1.toFixed(3)} → with model ${quality.combinedMacroF1.toFixed(3)} (model labelled ${Math.round(quality.modelCoverage * 100)}% of ${quality.lines})`);
  }

  if (!args['skip-debrief']) {
    report.debriefLoad = await load(args.debrief!);
    const { utterances, debrief } = sampleCall();
    const runs: Array<{ ms: number; accepted: boolean; reason?: string }> = [];
    for (let run = 0; run < Number(args['debrief-runs']); run++) {
      const { reply, roundTripMs } = await driver.timedAsk({ type: 'write-debrief', debrief, utterances });
      runs.push(reply.ok ? { ms: reply.engineMs, accepted: true } : { ms: roundTripMs, accepted: false, reason: reply.message });
      log(`debrief ${run + 1}: ${formatMs(runs.at(-1)!.ms)} ${reply.ok ? 'accepted' : `not used: ${reply.message}`}`);
    }
    report.debrief = { runs, generation: summarizeLatency(runs.map((entry) => entry.ms)) };
  }
} catch (error) {
  report.error = String(error);
  process.exitCode = 1;
  log(`bench stopped: ${String(error)}`);
} finally {
  await driver.close();
}

if (args.out) writeFileSync(args.out, `${JSON.stringify(report, null, 2)}\n`);
console.log(JSON.stringify(report, null, 2));
