// The whole-call corpus (seeds/calls/corpus/): realistic calls labeled line by line in context, with the call-level
// facts a coach reads off them. This module validates one call file and places its lines on a timeline, so the
// evaluation, the trainer and the tests all read the same calls the same way.
import { z } from 'zod';
import { CALL_TYPES, CHECKLIST_ITEMS, OBJECTION_CATEGORIES, REP_ACTS, type ChecklistItem, type ObjectionCategory, type RepAct } from '../types';

export const CALL_STYLES = ['written', 'caption'] as const;

const LINE_LABELS = [...REP_ACTS, ...OBJECTION_CATEGORIES] as const;
const LINE_MARKS = ['withdraws'] as const;

const lineSchema = z.union([
  z.tuple([z.string().min(1), z.enum(LINE_LABELS), z.string().min(1)]),
  z.tuple([z.string().min(1), z.enum(LINE_LABELS), z.string().min(1), z.enum(LINE_MARKS)]),
]);

const checklistSchema = z.object(
  Object.fromEntries(CHECKLIST_ITEMS.map((item) => [item, z.number().int().nonnegative().nullable()])) as Record<
    ChecklistItem,
    z.ZodNullable<z.ZodNumber>
  >,
);

export const callFileSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    title: z.string().min(1),
    callType: z.enum(CALL_TYPES),
    style: z.enum(CALL_STYLES),
    rep: z.string().min(1),
    buyers: z.array(z.string().min(1)).min(1).max(3),
    upfrontContract: z.boolean(),
    nextStep: z.boolean(),
    checklist: checklistSchema,
    lines: z.array(lineSchema).min(20),
  })
  .superRefine((call, context) => {
    const speakers = new Set([call.rep, ...call.buyers]);
    call.lines.forEach(([speaker, label], index) => {
      if (!speakers.has(speaker)) context.addIssue({ code: 'custom', path: ['lines', index], message: `unknown speaker "${speaker}"` });
      const isRep = speaker === call.rep;
      const labelFits = isRep ? (REP_ACTS as readonly string[]).includes(label) : (OBJECTION_CATEGORIES as readonly string[]).includes(label);
      if (!labelFits) context.addIssue({ code: 'custom', path: ['lines', index], message: `${isRep ? 'rep' : 'buyer'} line labeled "${label}"` });
    });
    for (const item of CHECKLIST_ITEMS) {
      const index = call.checklist[item];
      if (index === null) continue;
      const line = call.lines[index];
      if (!line) context.addIssue({ code: 'custom', path: ['checklist', item], message: `line ${index} does not exist` });
      else if (line[0] === call.rep) context.addIssue({ code: 'custom', path: ['checklist', item], message: `line ${index} is a rep line; point to the buyer line that uncovered it` });
    }
  });

export type CallFile = z.infer<typeof callFileSchema>;

/** One line of a corpus call, placed on the call's timeline. */
export interface CorpusLine {
  index: number;
  speaker: string;
  role: 'rep' | 'buyer';
  text: string;
  startSec: number;
  endSec: number;
  act?: RepAct;
  objection?: ObjectionCategory;
  withdraws: boolean;
}

export interface CorpusCall {
  file: CallFile;
  lines: CorpusLine[];
  durationSec: number;
}

/** Speaking rate and pauses used to give written lines their times. */
export const CORPUS_TIMING = { wordsPerSecond: 2.6, minLineSec: 0.8, pauseSameSpeakerSec: 0.3, pauseNewSpeakerSec: 0.9 } as const;

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Validates a parsed call file and times its lines; throws a one-line error naming the first problem. */
export function readCallFile(raw: unknown): CorpusCall {
  const file = parseOrThrowFirstIssue(callFileSchema, raw, 'call');
  const times = timeLines(file.lines.map(([speaker, , text]) => ({ speaker, text })));
  const lines = file.lines.map(([speaker, label, text, mark], index): CorpusLine => {
    const role = speaker === file.rep ? 'rep' : 'buyer';
    return {
      index,
      speaker,
      role,
      text,
      ...times[index],
      ...(role === 'rep' ? { act: label as RepAct } : { objection: label as ObjectionCategory }),
      withdraws: mark === 'withdraws',
    };
  });
  return { file, lines, durationSec: lines.at(-1)?.endSec ?? 0 };
}

/** The parsed file, or a one-line error naming the first problem (its path, or `what` for the whole file). */
export function parseOrThrowFirstIssue<T>(schema: z.ZodType<T>, raw: unknown, what: string): T {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new Error(`${issue.path.join('.') || what}: ${issue.message}`);
}

/** Start and end times of written lines spoken in order, by CORPUS_TIMING. */
export function timeLines(lines: ReadonlyArray<{ speaker: string; text: string }>): Array<{ startSec: number; endSec: number }> {
  let clock = 0;
  let previousSpeaker: string | undefined;
  return lines.map(({ speaker, text }) => {
    if (previousSpeaker !== undefined) clock += speaker === previousSpeaker ? CORPUS_TIMING.pauseSameSpeakerSec : CORPUS_TIMING.pauseNewSpeakerSec;
    const startSec = Math.round(clock * 10) / 10;
    clock += Math.max(CORPUS_TIMING.minLineSec, wordCount(text) / CORPUS_TIMING.wordsPerSecond);
    previousSpeaker = speaker;
    return { startSec, endSec: Math.round(clock * 10) / 10 };
  });
}
