// The popup's and the call page's line to the background for a call type correction: the request, and its reply
// parsed. Takes the runtime as a parameter so tests can pass a fake.
import { browser } from 'wxt/browser';
import { setCallTypeReplySchema, type SetCallTypeRequest } from '../../lib/messages';
import type { CallType } from '../../lib/types';

interface RuntimeLike {
  sendMessage(message: unknown): Promise<unknown>;
}

/** Asks the background to judge the call as `callType`; resolves once report, debrief and memory are rewritten. */
export async function requestCallType(callId: string, callType: CallType, runtime: RuntimeLike = browser.runtime as unknown as RuntimeLike): Promise<void> {
  const request: SetCallTypeRequest = { type: 'set-call-type', callId, callType };
  const reply = setCallTypeReplySchema.safeParse(await runtime.sendMessage(request));
  if (!reply.success || !reply.data.ok) throw new Error(`the background did not change the type of call ${callId}`);
}
