// Reads the popup and the options page make, shaped for their views. Each is one Dexie query the UI wraps in
// useLiveQuery, so the pages follow the store as the background writes it.
import type { CallAnalysis, Debrief } from '../lib/engine/analysis-types';
import { nudgesForCallType } from '../lib/engine/call-type';
import { METHODOLOGY } from '../lib/engine/methodology';
import type { CallMeta, LabeledUtterance, Nudge } from '../lib/types';
import type { CoachDatabase } from './database';
import { callName, cleanCallName } from '../lib/manager/call-name';
import { feedsCoachingThemes, type CallRecord, type NudgeRecord, type UtteranceRecord } from './records';

/** A call as lists show it (popup's recent calls, the options page's history), independent of how the store keeps it. */
export interface CallListItem {
  callId: string;
  /** What the platform or the file called it (a tab title, a file name). */
  title: string;
  /** The name a person reads: the rep's rename, else the meeting title; null when neither names anything. */
  name: string | null;
  platform: CallMeta['platform'];
  repName: string;
  startedAt: number;
  /** Null while the call is still live. */
  durationSec: number | null;
  status: 'live' | 'ended';
  /** The final (or latest live) rep talk share, 0–1, when an analysis exists. */
  repTalkShare: number | null;
  /** The final analysis (the latest live one while the call runs), for the list's figures. */
  analysis: CallAnalysis | null;
  /** Whether the coaching memory learns from the call. */
  coachingThemes: boolean;
}

/**
 * Start to end by the wall clock, but never more than the engine's clock allows: the engine cuts caption blackouts
 * (a laptop asleep) beyond sleepGapSec, so the call lasts at most its analysed length plus that allowance.
 */
function listedDurationSec(call: CallRecord, analysis: CallAnalysis | null): number | null {
  if (call.status === 'live') return null;
  const wallSec = Math.max(((call.endedAt ?? call.lastActivityAt) - call.startedAt) / 1000, 0);
  if (!analysis) return wallSec;
  return Math.max(Math.min(wallSec, analysis.durationSec + METHODOLOGY.thresholds.sleepGapSec), analysis.durationSec);
}

export function toCallListItem(call: CallRecord, finalAnalysis?: CallAnalysis | null): CallListItem {
  const analysis = finalAnalysis ?? call.liveAnalysis;
  return {
    callId: call.callId,
    title: call.title,
    name: callName(call),
    platform: call.platform,
    repName: call.repName,
    startedAt: call.startedAt,
    durationSec: listedDurationSec(call, analysis),
    status: call.status === 'live' ? 'live' : 'ended',
    repTalkShare: analysis && analysis.repTalkSec + analysis.buyerTalkSec > 0 ? analysis.repTalkShare : null,
    analysis,
    coachingThemes: feedsCoachingThemes(call),
  };
}

/** Every call with its final analysis, newest first. */
export async function listCalls(db: CoachDatabase): Promise<CallListItem[]> {
  const [calls, reports] = await Promise.all([db.calls.orderBy('startedAt').reverse().toArray(), db.reports.toArray()]);
  const analysisById = new Map(reports.map((report) => [report.callId, report.analysis]));
  return calls.map((call) => toCallListItem(call, analysisById.get(call.callId)));
}

/** Stores the rep's name for a call; an empty name goes back to the one derived from the meeting. */
export async function renameCall(db: CoachDatabase, callId: string, name: string): Promise<void> {
  const cleaned = cleanCallName(name);
  await db.calls.update(callId, { name: cleaned === '' ? undefined : cleaned });
}

export interface CallDetailData {
  call: CallListItem;
  record: CallRecord;
  analysis: CallAnalysis | null;
  utterances: LabeledUtterance[];
  nudges: Nudge[];
  debrief: Debrief | null;
}

function withoutCallId<T extends { callId: string }>(record: T): Omit<T, 'callId'> {
  const { callId: _callId, ...rest } = record;
  return rest;
}

export function asLabeledUtterance(record: UtteranceRecord): LabeledUtterance {
  const { id, speaker, role, text, startSec, endSec, label } = record;
  return { id, speaker, role, text, startSec, endSec, label };
}

export async function readCallDetail(db: CoachDatabase, callId: string): Promise<CallDetailData | null> {
  const record = await db.calls.get(callId);
  if (!record) return null;
  const [utterances, nudges, report] = await Promise.all([
    db.utterances.where('[callId+startSec]').between([callId, -Infinity], [callId, Infinity]).toArray(),
    db.nudges.where('callId').equals(callId).toArray(),
    db.reports.get(callId),
  ]);
  const analysis = report?.analysis ?? record.liveAnalysis;
  const stored = nudges.map((nudge: NudgeRecord) => withoutCallId(nudge)).sort((a, b) => a.atSec - b.atSec);
  return {
    call: toCallListItem(record, analysis),
    record,
    analysis,
    utterances: utterances.map(asLabeledUtterance),
    // Nudges of kinds the call's type does not coach were withdrawn when the rep corrected the type.
    nudges: analysis?.callType ? nudgesForCallType(METHODOLOGY.callTypes, analysis.callType, stored) : stored,
    debrief: report?.debrief ?? null,
  };
}

export interface AnalyzedCallData {
  callId: string;
  title: string;
  startedAt: number;
  analysis: CallAnalysis;
}

/** Ended calls with their final analysis, oldest first (for trends). */
export async function listAnalyzedCalls(db: CoachDatabase): Promise<AnalyzedCallData[]> {
  const [calls, reports] = await Promise.all([db.calls.toArray(), db.reports.toArray()]);
  const reportById = new Map(reports.map((report) => [report.callId, report]));
  return calls
    .filter((call) => call.status !== 'live' && reportById.has(call.callId))
    .map((call) => ({ callId: call.callId, title: callName(call) ?? call.title, startedAt: call.startedAt, analysis: reportById.get(call.callId)!.analysis }))
    .sort((a, b) => a.startedAt - b.startedAt);
}

export interface PopupData {
  live: { call: CallListItem; analysis: CallAnalysis | null } | null;
  latest: { call: CallListItem; debrief: Debrief | null; analysis: CallAnalysis | null } | null;
  recent: CallListItem[];
}

export async function readPopupData(db: CoachDatabase, recentCount = 6): Promise<PopupData> {
  const newest = await db.calls.orderBy('startedAt').reverse().limit(recentCount + 2).toArray();
  const liveRecord = newest.find((call) => call.status === 'live') ?? null;
  const latestRecord = newest.find((call) => call.status !== 'live') ?? null;
  const latestReport = latestRecord ? await db.reports.get(latestRecord.callId) : undefined;
  return {
    live: liveRecord ? { call: toCallListItem(liveRecord), analysis: liveRecord.liveAnalysis } : null,
    latest: latestRecord ? { call: toCallListItem(latestRecord, latestReport?.analysis), debrief: latestReport?.debrief ?? null, analysis: latestReport?.analysis ?? null } : null,
    recent: newest.slice(0, recentCount).map((call) => toCallListItem(call)),
  };
}

/** Removes a call and everything stored about it. */
export async function deleteCall(db: CoachDatabase, callId: string): Promise<void> {
  await db.transaction('rw', [db.calls, db.utterances, db.nudges, db.reports], async () => {
    await db.utterances.where('callId').equals(callId).delete();
    await db.nudges.where('callId').equals(callId).delete();
    await db.reports.delete(callId);
    await db.calls.delete(callId);
  });
}

/** Removes every call and everything the coaching memory learned from them. Settings are kept. */
export async function deleteAllCalls(db: CoachDatabase): Promise<void> {
  const tables = [db.calls, db.utterances, db.nudges, db.reports, db.facts, db.observations, db.mentalModels];
  await db.transaction('rw', tables, async () => {
    await Promise.all(tables.map((table) => table.clear()));
  });
}
