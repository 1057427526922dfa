// Buyer objections with their time and category (budget, timing, competition). A correction that turns an
// objection into an ordinary answer removes it; each fresh, confident objection proposes an AECR card once its
// caption has settled (final, or unchanged for a moment): live captions grow word by word, and "Pretty busy…" is not yet the timing objection it
// may read as before the buyer finishes "…so this is good timing".
import type { LabeledUtterance } from '../../types';
import type { ObjectionMoment } from '../analysis-types';
import { evidenceOf, type Analyzer, type AnalyzerContext, type NudgeCandidate } from './analyzer';

type ObjectionLine = LabeledUtterance & { label: { role: 'buyer'; objection: ObjectionMoment['category'] } };

const isObjection = (utterance: LabeledUtterance): utterance is ObjectionLine =>
  utterance.label.role === 'buyer' && utterance.label.objection !== 'none';

export function createObjectionsAnalyzer(context: AnalyzerContext): Analyzer<ObjectionMoment[]> {
  const lines = new Map<string, ObjectionLine>();
  /** Objections that may still be fresh; stale ones are dropped as the clock moves on. */
  let recent: ObjectionLine[] = [];
  /** When each line last changed, on the call clock (stamped at the first look after its revision). */
  const revisedAtSec = new Map<string, number>();

  return {
    update(current, previous) {
      if (previous) lines.delete(previous.id);
      revisedAtSec.delete(current.id);
      if (!isObjection(current)) return;
      lines.set(current.id, current);
      recent.push(current);
    },

    result() {
      return [...lines.values()]
        .sort((a, b) => a.startSec - b.startSec)
        .map((line) => ({
          utteranceId: line.id,
          category: line.label.objection,
          atSec: line.startSec,
          speaker: line.speaker,
          text: line.text,
        }));
    },

    candidates({ nowSec }): NudgeCandidate[] {
      const { minLabelConfidence, eventFreshSec, objectionSettleSec, byKind } = context.settings.thresholds.nudges;
      const minConfidence = byKind.objection.minConfidence ?? minLabelConfidence;
      recent = recent.filter((line) => lines.get(line.id) === line && nowSec - line.endSec <= eventFreshSec);
      for (const line of recent) if (!revisedAtSec.has(line.id)) revisedAtSec.set(line.id, nowSec);
      return recent
        .filter((line) => line.label.confidence >= minConfidence && (line.settled || nowSec - revisedAtSec.get(line.id)! >= objectionSettleSec))
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
