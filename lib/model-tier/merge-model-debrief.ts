// Puts the model's wording into the template debrief: "What Went Well" and the coaching opportunity's "What to
// try instead". The template chose the moments and the figures; the model only rewrites those words, from a
// prompt grounded in the call. Anything unparsable, off-schema or ungrounded leaves the template debrief as it is.
import type { Debrief, DebriefPoint } from '../engine/analysis-types';
import { evidenceOf } from '../engine/analyzers/analyzer';
import { escapeMarkdown, stampOf } from '../engine/debrief-wording';
import { METHODOLOGY, type DebriefWording } from '../engine/methodology';
import { fillTemplate } from '../engine/template';
import type { LabeledUtterance } from '../types';
import { groundModelDebrief, modelDebriefOutputSchema, type GroundedPoint } from './debrief-grounding';
import { MODEL_TIER_SETTINGS, type ModelTierSettings } from './model-tier-settings';

export interface MergeOptions {
  /** Why the model's answer was not used, for a log line. */
  onRejected?(problems: string[]): void;
  settings?: ModelTierSettings;
  wording?: DebriefWording;
}

function parseJson(raw: unknown): { ok: true; value: unknown } | { ok: false } {
  if (typeof raw !== 'string') return { ok: true, value: raw };
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch {
    return { ok: false };
  }
}

/** Replaces the body of one `## heading` section; null when the heading is not there. */
function replaceSection(markdown: string, heading: string, body: string[]): string | null {
  const lines = markdown.split('\n');
  const start = lines.indexOf(`## ${heading}`);
  if (start < 0) return null;
  let end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  if (end < 0) end = lines.length;
  return [...lines.slice(0, start + 1), ...body, '', ...lines.slice(end)].join('\n');
}

function replaceField(markdown: string, label: string, value: string): string | null {
  const prefix = `- **${label}**: `;
  const lines = markdown.split('\n');
  const index = lines.findIndex((line) => line.startsWith(prefix));
  if (index < 0) return null;
  lines[index] = `${prefix}${value}`;
  return lines.join('\n');
}

function pointFrom(grounded: GroundedPoint, template: string): DebriefPoint {
  return {
    atSec: grounded.line.startSec,
    text: fillTemplate(template, { text: escapeMarkdown(grounded.text), quote: escapeMarkdown(grounded.quote) }),
    evidence: [evidenceOf(grounded.line)],
  };
}

/**
 * The template debrief with the model's grounded wording, `writtenBy: 'model'`; or the template debrief unchanged
 * when the output is not JSON, not the schema, not grounded in `utterances`, or adds nothing.
 */
export function mergeModelDebrief(
  templateDebrief: Debrief,
  modelOutput: unknown,
  utterances: readonly LabeledUtterance[],
  options: MergeOptions = {},
): Debrief {
  const settings = options.settings ?? MODEL_TIER_SETTINGS;
  const wording = options.wording ?? METHODOLOGY.debriefWording;
  const reject = (problems: string[]) => {
    options.onRejected?.(problems);
    return templateDebrief;
  };

  const json = parseJson(modelOutput);
  if (!json.ok) return reject(['the model did not answer with JSON']);
  const parsed = modelDebriefOutputSchema(settings.debrief).safeParse(json.value);
  if (!parsed.success) return reject(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  const grounded = groundModelDebrief(parsed.data, utterances, settings.debrief);
  if (!grounded.ok) return reject(grounded.problems);

  const modelWording = settings.wording.debrief;
  const wentWell = grounded.points.length > 0 ? grounded.points.map((point) => pointFrom(point, modelWording.wentWellPoint)) : null;
  const lead = templateDebrief.opportunities[0];
  const tryInstead = lead && grounded.say ? fillTemplate(modelWording.tryInstead, { say: escapeMarkdown(grounded.say) }) : null;
  if (!wentWell && !tryInstead) return reject(['the model wrote neither a strength nor words to try']);

  let markdown: string | null = templateDebrief.markdown;
  if (wentWell) {
    const bullets = wentWell.map((point) => `- **${stampOf(wording, point.atSec)}** ${point.text}`);
    markdown = replaceSection(markdown, wording.headings.wentWell, bullets);
  }
  if (markdown !== null && tryInstead) markdown = replaceField(markdown, wording.fields.tryInstead, tryInstead);
  if (markdown === null) return reject(['the template markdown lacks the sections the model rewrites']);

  return {
    ...templateDebrief,
    markdown,
    wentWell: wentWell ?? templateDebrief.wentWell,
    opportunities: tryInstead && lead ? [{ ...lead, tryInstead }, ...templateDebrief.opportunities.slice(1)] : templateDebrief.opportunities,
    writtenBy: 'model',
  };
}
