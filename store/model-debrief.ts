// The second writer of a finished call's debrief: after the template debrief is stored (the rep sees it at once),
// the opt-in model tier may rewrite its strengths and words to try. The wait is bounded: when the model is off,
// slow, fails or answers with anything ungrounded, the template debrief stands and nothing is retried.
import type { Debrief } from '../lib/engine/analysis-types';
import { acceptModelDebrief } from '../lib/model-tier/accept-model-debrief';
import type { LabeledUtterance } from '../lib/types';
import { asLabeled } from './call-finisher';
import type { CoachDatabase } from './database';

/** Asks the model tier for a debrief; null when it is off or declined. */
export type WriteModelDebrief = (debrief: Debrief, utterances: readonly LabeledUtterance[]) => Promise<Debrief | null>;

export interface ModelDebriefOptions {
  waitMs: number;
  log(message: string): void;
}

export type ModelDebriefOutcome = 'model' | 'template' | 'no-report';

const TIMED_OUT = Symbol('timed out');

function withinWait<T>(work: Promise<T>, waitMs: number): Promise<T | typeof TIMED_OUT> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), waitMs);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Replaces the stored report's template debrief with the model's, when it comes in time and passes the checks. */
export async function applyModelDebrief(db: CoachDatabase, callId: string, write: WriteModelDebrief, options: ModelDebriefOptions): Promise<ModelDebriefOutcome> {
  const report = await db.reports.get(callId);
  if (!report) return 'no-report';
  if (report.debrief.writtenBy === 'model') return 'model';
  const utterances = (await db.utterances.where('callId').equals(callId).toArray()).map(asLabeled);
  let answer: Debrief | null | typeof TIMED_OUT;
  try {
    answer = await withinWait(write(report.debrief, utterances), options.waitMs);
  } catch (error) {
    options.log(`model debrief for call ${callId} failed, the template debrief stands: ${String(error)}`);
    return 'template';
  }
  if (answer === TIMED_OUT) {
    options.log(`model debrief for call ${callId} took longer than ${options.waitMs} ms, the template debrief stands`);
    return 'template';
  }
  if (answer === null) return 'template';
  const checked = acceptModelDebrief(report.debrief, answer, utterances);
  if (!checked.ok) {
    options.log(`model debrief for call ${callId} refused, the template debrief stands: ${checked.problems.join('; ')}`);
    return 'template';
  }
  const replaced = await db.transaction('rw', db.reports, async () => {
    const current = await db.reports.get(callId);
    // A report rewritten meanwhile (the call was closed again) is newer than the one the model read.
    if (!current || current.createdAt !== report.createdAt) return false;
    await db.reports.put({ ...current, debrief: checked.debrief });
    return true;
  });
  return replaced ? 'model' : 'template';
}
