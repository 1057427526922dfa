// Everything that happens when a call stops being live: its report is written from the stored lines, then the
// coaching memory learns from it. Memory is a second step on purpose: a failure there never costs the debrief.
import { defaultClassifier } from '../../lib/classifier';
import { resolveCoachSettings } from '../../lib/engine/settings';
import { finishCall, recoverAbandonedCalls } from '../../store/call-finisher';
import type { CoachDatabase } from '../../store/database';
import { rememberCall } from '../../store/memory-store';
import type { CallEndReason, CallStatus } from '../../store/records';
import { coachOverrides, type UserSettings } from '../../store/user-settings';

export interface CallCloserOptions {
  db: () => CoachDatabase;
  settings: () => Promise<UserSettings>;
  now: () => number;
  log: (message: string) => void;
}

export function createCallCloser(options: CallCloserOptions) {
  const finishOptions = async () => {
    const overrides = coachOverrides(await options.settings());
    return { classifier: defaultClassifier(), settings: overrides, now: options.now(), coachSettings: resolveCoachSettings(overrides) };
  };

  const remember = async (callIds: string[], coachSettings: ReturnType<typeof resolveCoachSettings>) => {
    for (const callId of callIds) {
      try {
        await rememberCall(options.db(), callId, { now: options.now(), settings: coachSettings });
      } catch (error) {
        options.log(`could not update coaching memory from call ${callId}: ${String(error)}`);
      }
    }
  };

  return {
    async close(callId: string, end: { status: Exclude<CallStatus, 'live'>; reason: CallEndReason }) {
      const finish = await finishOptions();
      await finishCall(options.db(), callId, end, finish);
      await remember([callId], finish.coachSettings);
    },
    async recover(isStillCapturing: (callId: string) => boolean, reason: CallEndReason) {
      const finish = await finishOptions();
      const recovered = await recoverAbandonedCalls(options.db(), isStillCapturing, reason, finish);
      await remember(recovered, finish.coachSettings);
      return recovered;
    },
  };
}
