// Buyer objections with their time and category (budget, timing, competition). A correction that turns an
// objection into an ordinary answer removes it; each fresh, confident objection proposes an AECR card.
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

  return {
    update(current, previous) {
      if (previous) lines.delete(previous.id);
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
      const { minLabelConfidence, eventFreshSec } = context.settings.thresholds.nudges;
      recent = recent.filter((line) => lines.get(line.id) === line && nowSec - line.endSec <= eventFreshSec);
      return recent
        .filter((line) => line.label.confidence >= minLabelConfidence)
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
