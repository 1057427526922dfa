// The discovery checklist: did the rep uncover what is broken, why, what it costs, who else cares, why now,
// and what doing nothing costs. An item counts when the buyer says something that matches its cues, or when
// the rep asks a matching question and the buyer answers it. Late in discovery, open items become a nudge.
import { CHECKLIST_ITEMS, type ChecklistItem, type Evidence, type LabeledUtterance } from '../../types';
import { isRepQuestion } from '../questions';
import { countWords } from '../speech-timing';
import { evidenceOf, type Analyzer, type AnalyzerContext, type NudgeCandidate } from './analyzer';

export interface ChecklistResult {
  checklist: Record<ChecklistItem, boolean>;
  checklistEvidence: Partial<Record<ChecklistItem, Evidence>>;
  /** Open items, most important first (seeds/methodology/playbook.json checklistPriority). */
  gaps: ChecklistItem[];
}

interface CueMatch {
  utterance: LabeledUtterance;
  items: ChecklistItem[];
  asRepQuestion: boolean;
}

export function createDiscoveryChecklistAnalyzer(context: AnalyzerContext): Analyzer<ChecklistResult> {
  const { cues, playbook } = context.methodology;
  const matches = new Map<string, CueMatch>();
  let cached: ChecklistResult | null = null;

  const matchCues = (utterance: LabeledUtterance): CueMatch | null => {
    const asRepQuestion = isRepQuestion(utterance, cues);
    if (utterance.role === 'rep' && !asRepQuestion) return null;
    const items = CHECKLIST_ITEMS.filter((item) => {
      const patterns = utterance.role === 'rep' ? cues.checklist[item].rep : cues.checklist[item].buyer;
      return patterns.some((pattern) => pattern.test(utterance.text));
    });
    return items.length > 0 ? { utterance, items, asRepQuestion } : null;
  };

  /** A substantive buyer line soon after the question (back-channels are not answers). */
  const isAnswered = (question: LabeledUtterance) => {
    const { answerWithinSec, answerMinWords } = context.settings.thresholds.checks;
    const ordered = context.timeline.all();
    for (let index = context.timeline.indexOf(question.id) + 1; index < ordered.length; index++) {
      const next = ordered[index];
      if (next.startSec - question.endSec > answerWithinSec) return false;
      if (next.role === 'buyer' && countWords(next.text) >= answerMinWords) return true;
    }
    return false;
  };

  const compute = (): ChecklistResult => {
    const checklistEvidence: ChecklistResult['checklistEvidence'] = {};
    for (const match of matches.values()) {
      if (match.asRepQuestion && !isAnswered(match.utterance)) continue;
      for (const item of match.items) {
        const known = checklistEvidence[item];
        if (!known || match.utterance.startSec < known.atSec) checklistEvidence[item] = evidenceOf(match.utterance);
      }
    }
    const checklist = Object.fromEntries(CHECKLIST_ITEMS.map((item) => [item, item in checklistEvidence])) as Record<
      ChecklistItem,
      boolean
    >;
    return { checklist, checklistEvidence, gaps: playbook.checklistPriority.filter((item) => !checklist[item]) };
  };

  const read = () => {
    cached ??= compute();
    return cached;
  };

  /** Items found so far in spoken order, or the latest line when nothing was found yet. */
  const nudgeEvidence = (found: Evidence[]) => {
    if (found.length > 0) return [...found].sort((a, b) => a.atSec - b.atSec);
    const latest = context.timeline.at(context.timeline.size - 1);
    return latest ? [evidenceOf(latest)] : [];
  };

  return {
    update(current, previous) {
      if (previous) matches.delete(previous.id);
      const match = matchCues(current);
      if (match) matches.set(current.id, match);
      cached = null;
    },

    result: read,

    candidates({ nowSec, plan }): NudgeCandidate[] {
      if (nowSec < plan.checklistCheckSec || nowSec >= plan.nextStepsStartSec) return [];
      const { gaps, checklistEvidence } = read();
      if (gaps.length === 0) return [];
      return [
        {
          kind: 'checklist',
          key: `checklist:${gaps.join(',')}`,
          evidence: nudgeEvidence(Object.values(checklistEvidence)),
          facts: {},
          checklistGaps: gaps,
        },
      ];
    },
  };
}
