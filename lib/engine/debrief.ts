// The post-call debrief written from the analysis, in the shape of the coaching template ("Call Coaching
// Debrief"): call details, the figures, what went well, one coaching opportunity with the playbook's words to
// try instead, and the skill it connects to. Every point quotes the moment it rests on.
import type { CoachingOpportunity, Debrief, DebriefPoint } from './analysis-types';
import { formatCallTime } from './clock-format';
import { callDate, callDetails, figureRows } from './debrief-figures';
import { callTypeOf } from './debrief-grounding';
import { findOpportunities, findStrengths, type AskedFor, type DebriefInput, type FoundMoment } from './debrief-moments';
import { evidenceOf } from './analyzers/analyzer';
import type { DebriefGrounding } from './analysis-types';
import { escapeMarkdown, quoteOf, stampOf } from './debrief-wording';
import { playbookPrompts } from './methodology';
import type { OpportunityKey, WentWellKey } from './methodology/schema';
import { fillTemplate, type TemplateValues } from './template';

export type { DebriefInput } from './debrief-moments';

/** Values any debrief sentence may use, from the call as a whole. */
function callValues({ analysis, plan, moments, methodology, settings }: DebriefInput): TemplateValues {
  const labels = methodology.playbook.checklistLabels;
  return {
    sharePct: Math.round(analysis.repTalkShare * 100),
    maxPct: Math.round(settings.thresholds.talkShare.max * 100),
    seconds: Math.round(analysis.longestRepMonologueSec),
    earlyTime: formatCallTime(plan.earlyPitchBeforeSec),
    covered: Object.values(analysis.checklist).filter(Boolean).length,
    gaps: moments.gaps.map((item) => labels[item]).join(', '),
    gapLabel: moments.gaps[0] ? labels[moments.gaps[0]] : '',
    callTypeLabel: methodology.debriefWording.byCallType[callTypeOf({ analysis })].label,
  };
}

function valuesFor(input: DebriefInput, moment: FoundMoment<string>): TemplateValues {
  const wording = input.methodology.debriefWording;
  const quote = typeof moment.values.quote === 'string' ? quoteOf(wording, moment.values.quote) : '';
  return { ...callValues(input), ...moment.values, quote, time: formatCallTime(moment.atSec) };
}

function askedForText(asks: AskedFor | undefined): string | undefined {
  if (!asks) return undefined;
  if ('act' in asks) return `act:${asks.act}`;
  if ('checklist' in asks) return `checklist:${asks.checklist}`;
  if ('recap' in asks) return 'recap';
  return 'upfrontContract' in asks ? 'upfrontContract' : 'nextStep';
}

function groundingOf(moment: FoundMoment<string>): DebriefGrounding {
  return { key: moment.key, quoted: moment.quoted ? evidenceOf(moment.quoted) : undefined, asksFor: askedForText(moment.asksFor) };
}

function strengthPoint(input: DebriefInput, moment: FoundMoment<WentWellKey>): DebriefPoint {
  const entry = input.methodology.debriefWording.wentWell[moment.key];
  const values = valuesFor(input, moment);
  return {
    atSec: moment.atSec,
    text: `${fillTemplate(entry.text, values)} ${fillTemplate(entry.why, values)}`,
    evidence: moment.evidence,
    grounding: groundingOf(moment),
  };
}

function opportunity(input: DebriefInput, moment: FoundMoment<OpportunityKey>): CoachingOpportunity & { focus: string; practice: string } {
  const { methodology } = input;
  const entry = methodology.debriefWording.opportunities[moment.key];
  const pathValues = {
    gap: moment.pathValues?.gap ?? methodology.playbook.checklistPriority[0],
    category: moment.pathValues?.category ?? 'budget',
  };
  const prompt = playbookPrompts(methodology, entry.tryInsteadFrom, pathValues)[0] ?? '';
  const values = { ...valuesFor(input, moment), prompt: escapeMarkdown(prompt) };
  return {
    atSec: moment.atSec,
    moment: fillTemplate(entry.moment, values),
    whatHappened: fillTemplate(entry.whatHappened, values),
    tryInstead: fillTemplate(entry.tryInstead, values),
    whyItMatters: fillTemplate(entry.whyItMatters, values),
    evidence: moment.evidence,
    grounding: groundingOf(moment),
    focus: fillTemplate(entry.focus, values),
    practice: fillTemplate(entry.practice, values),
  };
}

function renderMarkdown(input: DebriefInput, debrief: Omit<Debrief, 'markdown'>): string {
  const wording = input.methodology.debriefWording;
  const { headings, fields, figures } = wording;
  const stamp = (atSec: number) => stampOf(wording, atSec);
  const item = (label: string, value: string) => `- **${label}**: ${value}`;
  const lines = [`# ${fillTemplate(wording.title, { repName: escapeMarkdown(input.meta.repName), date: callDate(input) })}`, ''];

  lines.push(`## ${headings.details}`, ...callDetails(input).map(([label, value]) => item(label, escapeMarkdown(value))), '');

  lines.push(`## ${headings.figures}`, `| ${figures.columns.join(' | ')} |`, '| --- | --- | --- |');
  for (const row of figureRows(input)) lines.push(`| ${row.label} | ${row.value} | ${row.aim} |`);
  lines.push('');

  lines.push(`## ${headings.wentWell}`);
  if (debrief.wentWell.length === 0) lines.push(`- ${wording.wentWellNone}`);
  for (const point of debrief.wentWell) lines.push(`- **${stamp(point.atSec)}** ${point.text}`);
  lines.push('');

  lines.push(`## ${headings.opportunity}`);
  if (debrief.opportunities.length === 0) lines.push(`- ${wording.opportunityNone.text}`);
  for (const found of debrief.opportunities) {
    lines.push(
      item(fields.moment, fillTemplate(fields.momentLine, { at: stamp(found.atSec), moment: found.moment })),
      item(fields.whatHappened, found.whatHappened),
      item(fields.tryInstead, found.tryInstead),
      item(fields.whyItMatters, found.whyItMatters),
    );
  }
  lines.push('');

  const skill = debrief.skillConnection;
  lines.push(`## ${headings.skill}`, item(fields.connectsTo, skill.focus), item(fields.practice, skill.practice), item(fields.followUp, skill.followUp));
  return `${lines.join('\n')}\n`;
}

export function buildDebrief(input: DebriefInput): Debrief {
  const wording = input.methodology.debriefWording;
  const wentWell = findStrengths(input).map((moment) => strengthPoint(input, moment));
  const coached = findOpportunities(input).map((moment) => opportunity(input, moment));
  const lead = coached[0];
  const skillConnection = {
    focus: lead?.focus ?? wording.opportunityNone.focus,
    practice: lead?.practice ?? wording.opportunityNone.practice,
    followUp: fillTemplate(wording.followUp, { callTypeLabel: wording.byCallType[callTypeOf(input)].label.toLowerCase() }),
  };
  const opportunities = coached.map(({ focus: _focus, practice: _practice, ...rest }) => rest);
  const debrief = { wentWell, opportunities, skillConnection, writtenBy: 'template' as const };
  return { ...debrief, markdown: renderMarkdown(input, debrief) };
}
