// Answers the popup's and the call page's `set-call-type` request: the rep corrected a call's type, and the
// background rewrites what depends on it (report, debrief, coaching memory). Only this extension's own pages may
// ask; content scripts correct the live call over their capture port instead.
import { setCallTypeRequestSchema, type SetCallTypeReply } from '../../lib/messages';
import type { CallType } from '../../lib/types';

export interface CallTypeSender {
  id?: string;
  url?: string;
}

export interface CallTypeCorrectionsOptions {
  extensionId: string;
  /** The extension's own origin (`chrome-extension://<id>/`): requests from meeting pages are refused. */
  extensionOrigin: string;
  retype(callId: string, callType: CallType): Promise<void>;
  log(message: string): void;
}

/** The reply for a runtime message, or undefined when it is not a call type correction this sender may make. */
export function createCallTypeCorrections(options: CallTypeCorrectionsOptions) {
  return {
    handle(raw: unknown, sender: CallTypeSender): Promise<SetCallTypeReply> | undefined {
      if (sender.id !== options.extensionId || !(sender.url ?? '').startsWith(options.extensionOrigin)) return undefined;
      const request = setCallTypeRequestSchema.safeParse(raw);
      if (!request.success) return undefined;
      return options.retype(request.data.callId, request.data.callType).then(
        () => ({ ok: true }),
        (error: unknown) => {
          options.log(`could not correct the type of call ${request.data.callId}: ${String(error)}`);
          return { ok: false };
        },
      );
    },
  };
}
