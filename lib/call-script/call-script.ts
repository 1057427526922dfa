// A scripted call: who says what, when. The demo call, the e2e replays, the benches and the onboarding demo all
// play these files (seeds/calls/*.json) into the platforms' caption DOM. Validated with zod because they are files.
import { z } from 'zod';
import { OBJECTION_CATEGORIES, REP_ACTS } from '../types';

export const callScriptLineSchema = z.object({
  /** Seconds from the call start when the speaker starts this line. */
  atSec: z.number().nonnegative().finite(),
  /** "rep" for the seller using the extension (captioned as "You"), otherwise a buyer's display name. */
  speaker: z.string().min(1).max(200),
  text: z.string().min(1).max(20_000),
  /** Seconds the line takes to say; when absent it is estimated from the word count. */
  durationSec: z.number().positive().finite().optional(),
  /** The label a careful reader gives the line (rep lines: act; buyer lines: objection), for evals. */
  expect: z.union([z.enum(REP_ACTS), z.enum(OBJECTION_CATEGORIES)]).optional(),
});

export const callScriptSchema = z.object({
  id: z.string().min(1).max(100),
  title: z.string().min(1).max(300),
  /** The rep's display name, as other participants see it. */
  repName: z.string().min(1).max(200),
  buyers: z.array(z.object({ name: z.string().min(1).max(200), role: z.string().max(200).optional() })).min(1),
  lines: z.array(callScriptLineSchema).min(1),
});

export type CallScriptLine = z.infer<typeof callScriptLineSchema>;
export type CallScript = z.infer<typeof callScriptSchema>;

export const REP_SPEAKER = 'rep';

/** Parses an untrusted call script; throws an Error naming the first problem. Lines are returned in time order. */
export function parseCallScript(input: unknown): CallScript {
  const result = callScriptSchema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`invalid call script at ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
  }
  return { ...result.data, lines: [...result.data.lines].sort((a, b) => a.atSec - b.atSec) };
}
