// Buyer objections with their time and category (budget, timing, competition). A buyer line counts as an objection
// when its label is one with the confidence an objection needs (thresholds.objection.minConfidence), or one the rep
// acknowledged as pushback (the session's reading of "that's fair", lib/engine/labeling.ts): the same rule for the
// call's list of objections (debrief, memory, trends) and for the card. An objection the rep acknowledged raises no
// card: the rep has already noticed it, and a card that comes after the rep's answer is late at best. A correction that turns an
// objection into an ordinary answer removes it; a buyer who takes it back soon after ("scratch that, that's not
// really an issue") withdraws it, and its card goes away. Each fresh objection proposes an AECR card
// once its caption has settled (final, or unchanged for a moment): live captions grow word by word, and "Pretty
// busy…" is not yet the timing objection it may read as before the buyer finishes "…so this is good timing".
import type { LabeledUtterance } from '../../types';
import type { ObjectionMoment } from '../analysis-types';
import { countsAsObjection } from '../labeling';
import { evidenceOf, type Analyzer, type AnalyzerContext, type NudgeCandidate } from './analyzer';

type ObjectionLine = LabeledUtterance & { label: { role: 'buyer'; objection: ObjectionMoment['category'] } };

export function createObjectionsAnalyzer(context: AnalyzerContext): Analyzer<ObjectionMoment[]> {
  const isObjection = (utterance: LabeledUtterance): utterance is ObjectionLine =>
    countsAsObjection(utterance.label, context.settings.thresholds.objection.minConfidence);
  const lines = new Map<string, ObjectionLine>();
  /** Objections that may still be fresh; stale ones are dropped as the clock moves on. */
  let recent: ObjectionLine[] = [];
  /** When each line last changed, on the call clock (stamped at the first look after its revision). */
  const revisedAtSec = new Map<string, number>();
  /** Withdrawing line id → the objection it took back. */
  const withdrawals = new Map<string, { objectionId: string; atSec: number }>();

  const withdrawnAt = (objectionId: string): number | undefined => {
    for (const withdrawal of withdrawals.values()) if (withdrawal.objectionId === objectionId) return withdrawal.atSec;
    return undefined;
  };

  /** The latest objection a buyer line can still take back, if the line says it takes one back. */
  const withdrawnBy = (line: LabeledUtterance): ObjectionLine | undefined => {
    if (line.role !== 'buyer' || isObjection(line)) return undefined;
    if (!context.methodology.cues.withdrawal.some((cue) => cue.test(line.text))) return undefined;
    const { withdrawWithinSec } = context.settings.thresholds.checks;
    let latest: ObjectionLine | undefined;
    for (const objection of lines.values()) {
      const inReach = objection.startSec < line.startSec && line.startSec - objection.endSec <= withdrawWithinSec;
      if (inReach && withdrawnAt(objection.id) === undefined && (!latest || objection.startSec > latest.startSec)) latest = objection;
    }
    return latest;
  };

  return {
    update(current, previous) {
      if (previous) {
        lines.delete(previous.id);
        withdrawals.delete(previous.id);
      }
      revisedAtSec.delete(current.id);
      const takenBack = withdrawnBy(current);
      if (takenBack) withdrawals.set(current.id, { objectionId: takenBack.id, atSec: current.startSec });
      if (!isObjection(current)) return;
      lines.set(current.id, current);
      recent.push(current);
    },

    result() {
      return [...lines.values()]
        .sort((a, b) => a.startSec - b.startSec)
        .map((line) => {
          const withdrawnAtSec = withdrawnAt(line.id);
          return {
            utteranceId: line.id,
            category: line.label.objection,
            atSec: line.startSec,
            speaker: line.speaker,
            text: line.text,
            ...(withdrawnAtSec === undefined ? {} : { withdrawnAtSec }),
          };
        });
    },

    candidates({ nowSec }): NudgeCandidate[] {
      const { eventFreshSec, objectionSettleSec } = context.settings.thresholds.nudges;
      recent = recent.filter((line) => lines.get(line.id) === line && nowSec - line.endSec <= eventFreshSec && withdrawnAt(line.id) === undefined);
      for (const line of recent) if (!revisedAtSec.has(line.id)) revisedAtSec.set(line.id, nowSec);
      return recent
        .filter((line) => line.label.acknowledgedBy === undefined)
        .filter((line) => line.settled || nowSec - revisedAtSec.get(line.id)! >= objectionSettleSec)
        .map((line) => ({
          kind: 'objection',
          key: `objection:${line.id}`,
          evidence: [evidenceOf(line)],
          facts: {},
          objection: line.label.objection,
        }));
    },
  };
}
