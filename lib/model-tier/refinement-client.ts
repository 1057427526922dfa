// Turns "send a runtime message" into the queue's `refine` function: builds the request, parses the reply, and
// maps every failure (no background, malformed reply) to a reply the queue understands. The content script
// passes `(message) => browser.runtime.sendMessage(message)`.
import { modelTierRequest, refineReplySchema, type RefineLine, type RefineReply } from './messages';

export type SendRuntimeMessage = (message: unknown) => Promise<unknown>;

export function createRuntimeRefiner(send: SendRuntimeMessage): (lines: RefineLine[]) => Promise<RefineReply> {
  return async (lines) => {
    let raw: unknown;
    try {
      raw = await send(modelTierRequest({ type: 'refine-labels', lines }));
    } catch (error) {
      return { ok: false, reason: 'failed', message: `no answer from the background: ${String(error)}`.slice(0, 2_000) };
    }
    const parsed = refineReplySchema.safeParse(raw);
    if (parsed.success) return parsed.data;
    return { ok: false, reason: 'failed', message: `malformed refine reply: ${parsed.error.issues[0]?.message ?? 'invalid'}` };
  };
}
