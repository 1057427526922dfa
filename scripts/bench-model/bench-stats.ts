// Figures the model bench reports: latency percentiles and label quality on held-out lines. Pure.
import { evaluatePredictions } from '../../lib/classifier/metrics';

export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  mean: number;
  max: number;
}

/** Nearest-rank percentile of values (p in 0–100). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(Math.max(rank, 1), sorted.length) - 1];
}

export function summarizeLatency(values: readonly number[]): LatencySummary {
  const mean = values.length > 0 ? values.reduce((sum, value) => sum + value, 0) / values.length : Number.NaN;
  return { count: values.length, p50: percentile(values, 50), p95: percentile(values, 95), mean, max: values.length > 0 ? Math.max(...values) : Number.NaN };
}

export interface LabelOutcome {
  gold: string;
  fast: string;
  /** The model's label, or null where it was not confident enough (the fast label then stands). */
  model: string | null;
}

export interface LabelQuality {
  lines: number;
  /** Share of lines the model labelled (the rest kept the fast label). */
  modelCoverage: number;
  fastMacroF1: number;
  /** What the product shows: the model label where there is one, else the fast label. */
  combinedMacroF1: number;
}

export function labelQuality(labels: readonly string[], outcomes: readonly LabelOutcome[]): LabelQuality {
  const index = (label: string) => labels.indexOf(label);
  const gold = outcomes.map((outcome) => index(outcome.gold));
  const fast = evaluatePredictions(labels, gold, outcomes.map((outcome) => index(outcome.fast)));
  const combined = evaluatePredictions(labels, gold, outcomes.map((outcome) => index(outcome.model ?? outcome.fast)));
  const covered = outcomes.filter((outcome) => outcome.model !== null).length;
  return { lines: outcomes.length, modelCoverage: outcomes.length > 0 ? covered / outcomes.length : 0, fastMacroF1: fast.macroF1, combinedMacroF1: combined.macroF1 };
}

export function formatMs(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'n/a';
}
