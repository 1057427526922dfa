// Small pieces every mental model statement is made of: filled template text, quoted lines, figures in the
// units people read, and the evidence a statement cites.
import { fillTemplate, type TemplateValues } from '../engine/template';
import type { EvidenceRef, MemoryFact, MetricKey, ModelStatement } from './memory-schema';
import type { ModelWording } from './memory-seeds';

export function claim(id: string, template: string, values: TemplateValues, evidence: EvidenceRef[]): ModelStatement {
  const text = fillTemplate(template, values);
  return { id, text, templateText: text, writtenBy: 'template', kind: 'claim', evidence: evidence.slice(0, 10) };
}

export function notEnoughData(id: string, template: string, values: TemplateValues): ModelStatement {
  const text = fillTemplate(template, values);
  return { id, text, templateText: text, writtenBy: 'template', kind: 'not_enough_data', evidence: [] };
}

/** A line as quoted inside a sentence: one line, cut at the seed's length. */
export function quoted(text: string, wording: ModelWording): string {
  const oneLine = text.replace(/\s+/g, ' ').replace(/"/g, "'").trim();
  return oneLine.length <= wording.maxQuoteChars ? oneLine : `${oneLine.slice(0, wording.maxQuoteChars - 1).trimEnd()}…`;
}

export const percentOf = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 100) : 0);

export function formatMetric(metric: MetricKey, value: number, wording: ModelWording): string {
  const unit = wording.metrics[metric].unit;
  const shown = unit === 'percent' || unit === 'rate' ? Math.round(value * 100) : unit === 'seconds' ? Math.round(value) : Math.round(value * 10) / 10;
  return fillTemplate(wording.units[unit], { value: shown });
}

/** Calendar date of a call, the same on every machine. */
export const dateOf = (epochMs: number) => new Date(epochMs).toISOString().slice(0, 10);

/** The cited lines of the latest facts first, one line each unless `perFact` says more, capped by the seed. */
export function citeLatest(facts: readonly MemoryFact[], wording: ModelWording, perFact = 1): EvidenceRef[] {
  const ordered = [...facts].sort((a, b) => b.callStartedAt - a.callStartedAt || b.atSec - a.atSec || (a.id < b.id ? 1 : -1));
  return ordered
    .filter((fact) => fact.evidence.length > 0)
    .slice(0, wording.maxEvidencePerStatement)
    .flatMap((fact) => fact.evidence.slice(0, perFact));
}
