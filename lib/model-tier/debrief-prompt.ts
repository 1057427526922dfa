// The prompt for the model-written debrief, grounded in the call's own lines with their [mm:ss] and in the seed
// playbook and AECR objection responses. A 30-minute call does not fit a small model's 4k context, so the lines
// come in by priority: the moments the template debrief rests on with their neighbours, then the rep's discovery
// questions, then the rest, until the line or character budget is spent; they are shown in time order.
import type { Debrief } from '../engine/analysis-types';
import { formatCallTime } from '../engine/clock-format';
import type { Methodology } from '../engine/methodology';
import { fillTemplate } from '../engine/template';
import { SPIN_ACTS, type LabeledUtterance } from '../types';
import { debriefResponseJsonSchema } from './debrief-grounding';
import type { ModelTierSettings } from './model-tier-settings';
import type { JsonGenerationRequest } from './model-runtime';

/** Long lines are cut in the prompt; a quote from the part shown still matches the full line. */
const PROMPT_LINE_MAX_CHARS = 300;

function momentSeconds(debrief: Debrief): number[] {
  const points = [...debrief.wentWell, ...debrief.opportunities];
  return points.flatMap((point) => [point.atSec, ...point.evidence.map((evidence) => evidence.atSec)]);
}

function nearestIndex(utterances: readonly LabeledUtterance[], atSec: number): number {
  let best = 0;
  utterances.forEach((line, index) => {
    if (Math.abs(line.startSec - atSec) < Math.abs(utterances[best].startSec - atSec)) best = index;
  });
  return best;
}

export function promptLine(line: LabeledUtterance): string {
  const text = line.text.replace(/\s+/g, ' ').trim().slice(0, PROMPT_LINE_MAX_CHARS);
  const who = line.role === 'rep' ? `Rep (${line.speaker})` : `Buyer (${line.speaker})`;
  return `[${formatCallTime(line.startSec)}] ${who}: ${text}`;
}

export function selectDebriefLines(
  utterances: readonly LabeledUtterance[],
  debrief: Debrief,
  settings: ModelTierSettings['debrief'],
): LabeledUtterance[] {
  if (utterances.length === 0) return [];
  const ordered = [...utterances].sort((a, b) => a.startSec - b.startSec);
  const priority: number[] = [];
  for (const atSec of momentSeconds(debrief)) {
    const center = nearestIndex(ordered, atSec);
    for (let offset = -settings.linesAroundMoment; offset <= settings.linesAroundMoment; offset++) priority.push(center + offset);
  }
  const isDiscoveryQuestion = (line: LabeledUtterance) => line.label.role === 'rep' && (SPIN_ACTS as readonly string[]).includes(line.label.act);
  ordered.forEach((line, index) => isDiscoveryQuestion(line) && priority.push(index));
  ordered.forEach((_, index) => priority.push(index));

  const chosen = new Set<number>();
  let chars = 0;
  for (const index of priority) {
    if (index < 0 || index >= ordered.length || chosen.has(index)) continue;
    if (chosen.size >= settings.maxPromptLines) break;
    const length = promptLine(ordered[index]).length + 1;
    if (chars + length > settings.maxPromptChars) continue;
    chosen.add(index);
    chars += length;
  }
  return [...chosen].sort((a, b) => a - b).map((index) => ordered[index]);
}

function playbookLines(methodology: Pick<Methodology, 'playbook' | 'objections'>): string[] {
  const { playbook, objections } = methodology;
  const lines = SPIN_ACTS.flatMap((act) => playbook.spin[act].map((prompt) => `- ${act}: ${prompt}`));
  lines.push(`- upfront contract: ${playbook.upfrontContract}`, `- next step: ${playbook.nextStep}`);
  for (const [category, card] of Object.entries(objections)) lines.push(`- ${category} objection, clarify: ${card.clarify}`);
  return lines;
}

export function buildDebriefPrompt(
  templateDebrief: Debrief,
  utterances: readonly LabeledUtterance[],
  methodology: Pick<Methodology, 'playbook' | 'objections'>,
  settings: ModelTierSettings,
): JsonGenerationRequest {
  const wording = settings.wording.debriefPrompt;
  const lead = templateDebrief.opportunities[0];
  const lines = selectDebriefLines(utterances, templateDebrief, settings.debrief);
  const sections = [
    fillTemplate(wording.wentWellTask, { maxWentWell: settings.debrief.maxWentWell }),
    ...(lead ? [wording.tryInsteadTask, fillTemplate(wording.opportunityLine, { time: formatCallTime(lead.atSec), moment: lead.moment, whatHappened: lead.whatHappened })] : []),
    '',
    wording.playbookHeading,
    ...playbookLines(methodology),
    '',
    wording.transcriptHeading,
    ...lines.map(promptLine),
  ];
  return {
    system: wording.system,
    user: sections.join('\n'),
    schema: debriefResponseJsonSchema(Boolean(lead), settings.debrief),
    maxTokens: settings.debrief.maxTokens,
    temperature: settings.debrief.temperature,
  };
}
