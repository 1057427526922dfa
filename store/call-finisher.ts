// Closes a call and writes its report: the stored, labeled utterances are played through the same engine that
// coached the call live, so a call whose tab crashed gets the same debrief as one that ended cleanly.
import type { CallReport } from '../lib/engine/analysis-types';
import { nudgesForCallType } from '../lib/engine/call-type';
import type { LineClassifier } from '../lib/engine/labeling';
import { METHODOLOGY } from '../lib/engine/methodology';
import { createSessionCore } from '../lib/engine/session';
import type { CoachSettingsOverrides } from '../lib/engine/settings';
import type { Methodology } from '../lib/engine/methodology';
import type { CallType, LabeledUtterance } from '../lib/types';
import type { CoachDatabase } from './database';
import type { CallEndReason, CallRecord, CallStatus, UtteranceRecord } from './records';

export interface FinishOptions {
  classifier: LineClassifier;
  settings?: CoachSettingsOverrides;
  /** The methodology in the rep's coaching language, which the debrief is written in; English without it. */
  methodology?: Methodology;
  now: number;
}

/** The call's report from its lines, judged as the call type the rep chose (when they chose one) or the one read from its opening. */
export function reportFromUtterances(
  call: Pick<CallRecord, 'callId' | 'platform' | 'title' | 'repName' | 'startedAt' | 'callType'>,
  utterances: readonly LabeledUtterance[],
  options: Omit<FinishOptions, 'now'>,
): CallReport {
  const session = createSessionCore({ classifier: options.classifier, settings: options.settings, methodology: options.methodology, callType: call.callType });
  const inSpokenOrder = [...utterances].sort((a, b) => a.startSec - b.startSec || a.endSec - b.endSec);
  for (const utterance of inSpokenOrder) session.ingestUtterance(utterance, utterance.endSec);
  return session.report({
    callId: call.callId,
    platform: call.platform,
    title: call.title,
    repName: call.repName,
    startedAt: call.startedAt,
  });
}

export function asLabeled(record: UtteranceRecord): LabeledUtterance {
  const { id, speaker, role, text, startSec, endSec, label } = record;
  return { id, speaker, role, text, startSec, endSec, label, settled: true };
}

/**
 * Marks the call ended (unless it already is) and (re)writes its report. The nudges the rep actually saw live
 * are kept as the report's nudges, less those of kinds the call's type does not coach (the rep corrected the type
 * after they were raised); the replay only fills them in for calls that never reported any.
 */
export async function finishCall(
  db: CoachDatabase,
  callId: string,
  end: { status: Exclude<CallStatus, 'live'>; reason: CallEndReason; endedAt?: number },
  options: FinishOptions,
): Promise<CallReport | null> {
  const call = await db.calls.get(callId);
  if (!call) return null;
  const [utterances, liveNudges] = await Promise.all([
    db.utterances.where('callId').equals(callId).toArray(),
    db.nudges.where('callId').equals(callId).toArray(),
  ]);
  const report = reportFromUtterances(call, utterances.map(asLabeled), options);
  const seenLive = liveNudges.map(({ callId: _omit, ...nudge }) => nudge).sort((a, b) => a.atSec - b.atSec);
  const callType = report.analysis.callType ?? METHODOLOGY.callTypes.defaultType;
  const nudges = liveNudges.length > 0 ? nudgesForCallType(METHODOLOGY.callTypes, callType, seenLive) : report.nudges;
  const finalReport: CallReport = { ...report, nudges };
  await db.transaction('rw', db.calls, db.reports, async () => {
    const current = await db.calls.get(callId);
    if (!current) return;
    const patch: Partial<CallRecord> = { liveAnalysis: report.analysis, utteranceCount: utterances.length };
    if (current.status === 'live') {
      patch.status = end.status;
      patch.endReason = end.reason;
      patch.endedAt = end.endedAt ?? current.lastActivityAt;
    }
    await db.calls.update(callId, patch);
    await db.reports.put({ ...finalReport, callId, createdAt: options.now });
  });
  return finalReport;
}

/**
 * Calls still marked live whose capture is gone (browser killed, tab crashed, service worker restarted while
 * the tab closed): each is ended as of its last stored activity, marked unexpected, and gets its report.
 */
export async function recoverAbandonedCalls(
  db: CoachDatabase,
  isStillCapturing: (callId: string) => boolean,
  reason: CallEndReason,
  options: FinishOptions,
): Promise<string[]> {
  const live = await db.calls.where('status').equals('live').toArray();
  const abandoned = live.filter((call) => !isStillCapturing(call.callId));
  for (const call of abandoned) {
    await finishCall(db, call.callId, { status: 'ended-unexpectedly', reason, endedAt: call.lastActivityAt }, options);
  }
  return abandoned.map((call) => call.callId);
}

/**
 * The rep corrected the call's type: it is stored on the call and, once the call has ended, the report (figures,
 * nudges and debrief) is rewritten as a call of that type. Returns the rewritten report, or null while the call is
 * live (its report is written at its end, with the stored type) or when there is no such call.
 */
export async function retypeCall(db: CoachDatabase, callId: string, callType: CallType, options: FinishOptions): Promise<CallReport | null> {
  const call = await db.transaction('rw', db.calls, async () => {
    const current = await db.calls.get(callId);
    if (current) await db.calls.update(callId, { callType });
    return current;
  });
  if (!call || call.status === 'live') return null;
  return finishCall(db, callId, { status: call.status, reason: call.endReason ?? 'left' }, options);
}
