// What the debrief model must answer, and the check that it only talks about this call. A small model will
// sometimes invent a line, misquote one or cite a time that does not exist; the debrief then falls back to the
// template rather than put words in the rep's or the buyer's mouth. Every `at` must be the time of a line, every
// `quote` must be words of that line, every bracketed [mm:ss] anywhere and every quoted phrase in a strength's
// text must be found in the call. Only "say" (words for next time) may be new.
import { z } from 'zod';
import { formatCallTime } from '../engine/clock-format';
import type { LabeledUtterance } from '../types';
import type { DebriefPromptSettings } from './model-tier-settings';

const STAMP = /^\[?((?:\d+:)?\d{1,2}:\d{2})\]?$/;

export function modelDebriefOutputSchema(settings: DebriefPromptSettings) {
  const field = z.string().trim().min(1).max(settings.maxFieldChars);
  return z.object({
    wentWell: z.array(z.object({ at: z.string().trim().regex(STAMP, 'a time like 03:15'), quote: field, text: field })).max(settings.maxWentWell),
    tryInstead: z.object({ say: field }).optional(),
  });
}

export type ModelDebriefOutput = z.infer<ReturnType<typeof modelDebriefOutputSchema>>;

/** The JSON schema web-llm constrains generation with (`response_format`); zod re-checks what comes back. */
export function debriefResponseJsonSchema(withTryInstead: boolean, settings: DebriefPromptSettings): Record<string, unknown> {
  const text = { type: 'string' };
  const properties: Record<string, unknown> = {
    wentWell: {
      type: 'array',
      maxItems: settings.maxWentWell,
      items: { type: 'object', properties: { at: text, quote: text, text }, required: ['at', 'quote', 'text'] },
    },
  };
  if (withTryInstead) properties.tryInstead = { type: 'object', properties: { say: text }, required: ['say'] };
  return { type: 'object', properties, required: Object.keys(properties) };
}

/** "03:15", "[3:15]", "1:02:05" → seconds. */
export function stampSeconds(stamp: string): number | null {
  const match = STAMP.exec(stamp.trim());
  if (!match) return null;
  return match[1].split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

/** Lowercase words only, so a quote matches its line whatever the punctuation, quote marks or spacing. */
export function forMatching(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface GroundedPoint {
  line: LabeledUtterance;
  quote: string;
  text: string;
}

export type GroundingResult = { ok: true; points: GroundedPoint[]; say: string | null } | { ok: false; problems: string[] };

const BRACKETED_STAMP = /\[((?:\d+:)?\d{1,2}:\d{2})\]/g;
const BARE_STAMP = /\b((?:\d+:)?\d{1,2}:\d{2})\b/g;
const QUOTED = /["“]([^"”]+)["”]/g;

export function groundModelDebrief(
  output: ModelDebriefOutput,
  utterances: readonly LabeledUtterance[],
  settings: DebriefPromptSettings,
): GroundingResult {
  const problems: string[] = [];
  const lineSeconds = (line: LabeledUtterance) => stampSeconds(formatCallTime(line.startSec));
  const callSeconds = new Set(utterances.map(lineSeconds));
  const callText = utterances.map((line) => forMatching(line.text));
  const stampExists = (stamp: string) => callSeconds.has(stampSeconds(stamp));
  const saidInCall = (phrase: string) => callText.some((text) => text.includes(forMatching(phrase)));

  const checkStamps = (where: string, text: string, pattern: RegExp) => {
    for (const [, stamp] of text.matchAll(pattern)) if (!stampExists(stamp)) problems.push(`${where} cites ${stamp}, which is no line's time`);
  };

  const points: GroundedPoint[] = [];
  output.wentWell.forEach((point, index) => {
    const where = `wentWell[${index}]`;
    const seconds = stampSeconds(point.at);
    const quote = forMatching(point.quote);
    if (quote.split(' ').length < settings.minQuoteWords) problems.push(`${where} quote is shorter than ${settings.minQuoteWords} words`);
    const line = utterances.find((candidate) => lineSeconds(candidate) === seconds && forMatching(candidate.text).includes(quote));
    if (!line) {
      problems.push(`${where} quote "${point.quote}" is not in the line at ${point.at}`);
      return;
    }
    checkStamps(where, point.text, BARE_STAMP);
    for (const [, phrase] of point.text.matchAll(QUOTED)) {
      if (forMatching(phrase).split(' ').length >= settings.minQuoteWords && !saidInCall(phrase)) problems.push(`${where} quotes "${phrase}", which nobody said`);
    }
    if (!points.some((existing) => existing.line.id === line.id)) points.push({ line, quote: point.quote.trim(), text: point.text.trim() });
  });
  const say = output.tryInstead?.say.trim() ?? null;
  if (say) checkStamps('tryInstead', say, BRACKETED_STAMP);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, points, say };
}
