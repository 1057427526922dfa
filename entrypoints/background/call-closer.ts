// Everything that happens when a call stops being live (or the rep corrects an ended call's type): its report is written from the stored lines, then the
// coaching memory learns from it, then (when the rep switched the model tier's debrief writer on) the model may
// reword the debrief. Memory and the model are later steps on purpose: a failure there never costs the debrief.
import { defaultClassifier } from '../../lib/classifier';
import type { CoachingLocale } from '../../lib/coaching-locale';
import { methodologyFor } from '../../lib/engine/methodology/by-locale';
import { memorySeedsFor } from '../../lib/memory/memory-text';
import { resolveCoachSettings } from '../../lib/engine/settings';
import { finishCall, recoverAbandonedCalls, retypeCall } from '../../store/call-finisher';
import { applyModelDebrief, type WriteModelDebrief } from '../../store/model-debrief';
import type { CoachDatabase } from '../../store/database';
import { rememberCall } from '../../store/memory-store';
import type { CallType } from '../../lib/types';
import type { CallEndReason, CallStatus } from '../../store/records';
import { coachOverrides, type UserSettings } from '../../store/user-settings';

export interface CallCloserOptions {
  db: () => CoachDatabase;
  settings: () => Promise<UserSettings>;
  now: () => number;
  log: (message: string) => void;
  /** The language the debrief and the memory are written in (the UI's); English without it. */
  coachingLocale?: () => CoachingLocale;
  /** The model tier's debrief writer (null while the tier is off); absent where there is none. */
  modelDebrief?: { write: WriteModelDebrief; waitMs: number };
}

export function createCallCloser(options: CallCloserOptions) {
  const finishOptions = async () => {
    const overrides = coachOverrides(await options.settings());
    // The debrief speaks the rep's UI language, as the live coaching did.
    const methodology = methodologyFor(options.coachingLocale?.() ?? 'en');
    return { classifier: defaultClassifier(), settings: overrides, methodology, now: options.now(), coachSettings: resolveCoachSettings(overrides) };
  };

  const remember = async (callIds: string[], coachSettings: ReturnType<typeof resolveCoachSettings>) => {
    for (const callId of callIds) {
      try {
        await rememberCall(options.db(), callId, { now: options.now(), settings: coachSettings, seeds: memorySeedsFor(options.coachingLocale?.() ?? 'en') });
      } catch (error) {
        options.log(`could not update coaching memory from call ${callId}: ${String(error)}`);
      }
    }
  };

  const rewrite = async (callIds: string[]) => {
    const model = options.modelDebrief;
    if (!model) return;
    for (const callId of callIds) {
      try {
        await applyModelDebrief(options.db(), callId, model.write, { waitMs: model.waitMs, log: options.log });
      } catch (error) {
        options.log(`could not store the model debrief of call ${callId}: ${String(error)}`);
      }
    }
  };

  return {
    async close(callId: string, end: { status: Exclude<CallStatus, 'live'>; reason: CallEndReason }) {
      const finish = await finishOptions();
      await finishCall(options.db(), callId, end, finish);
      await remember([callId], finish.coachSettings);
      await rewrite([callId]);
    },
    /** The rep corrected the call type: an ended call's report, memory and (model tier on) debrief follow it. */
    async retype(callId: string, callType: CallType): Promise<void> {
      const finish = await finishOptions();
      if (!(await retypeCall(options.db(), callId, callType, finish))) return;
      await remember([callId], finish.coachSettings);
      await rewrite([callId]);
    },
    async recover(isStillCapturing: (callId: string) => boolean, reason: CallEndReason) {
      const finish = await finishOptions();
      const recovered = await recoverAbandonedCalls(options.db(), isStillCapturing, reason, finish);
      await remember(recovered, finish.coachSettings);
      await rewrite(recovered);
      return recovered;
    },
  };
}
