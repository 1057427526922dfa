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

  return {
    update(current, previous) {
      if (previous) lines.delete(previous.id);
      if (isObjection(current)) lines.set(current.id, current);
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
      const fresh: NudgeCandidate[] = [];
      for (const line of lines.values()) {
        if (line.label.confidence < minLabelConfidence || nowSec - line.endSec > eventFreshSec) continue;
        fresh.push({
          kind: 'objection',
          key: `objection:${line.id}`,
          evidence: [evidenceOf(line)],
          facts: {},
          objection: line.label.objection,
        });
      }
      return fresh;
    },
  };
}
