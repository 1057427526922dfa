// What the call table shows for one call, from its analysis: the figures a manager scans and the "coach this"
// reasons (lib/manager/coach-this.ts). Null figures read "—" (a live call without analysis, nobody spoke).
import { checklistFound, coachThisReasons, type CoachThisAims, type CoachThisReason } from '../../../lib/manager/coach-this';
import { CHECKLIST_ITEMS } from '../../../lib/types';
import type { CallListItem } from '../../shared/call-list-item';

export interface CallRowFigures {
  checklistFound: number | null;
  checklistTotal: number;
  firstPitchSec: number | null;
  /** Objections the buyer raised and did not take back. */
  objections: number | null;
  /** Empty for calls still live: they are judged when they end. */
  coachThis: CoachThisReason[];
}

export function callRowFigures(call: CallListItem, aims: CoachThisAims): CallRowFigures {
  const { analysis } = call;
  return {
    checklistFound: analysis ? checklistFound(analysis) : null,
    checklistTotal: CHECKLIST_ITEMS.length,
    firstPitchSec: analysis?.firstPitchSec ?? null,
    objections: analysis ? analysis.objections.filter((objection) => objection.withdrawnAtSec === undefined).length : null,
    coachThis: analysis && call.status === 'ended' ? coachThisReasons(analysis, aims) : [],
  };
}
