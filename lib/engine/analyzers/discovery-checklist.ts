// The discovery checklist: did the rep uncover what is broken, why, what it costs, who else cares, why now,
// and what doing nothing costs. An item counts when the buyer says something that matches its cues, or when
// the rep asks a matching question and the buyer answers it. Late in discovery, open items become a nudge.
// Work per revision is local: the revised line's cues, and the questions just before it that it may answer.
import { CHECKLIST_ITEMS, type ChecklistItem, type Evidence, type LabeledUtterance } from '../../types';
import { isRepQuestion } from '../questions';
import { countWords } from '../speech-timing';
import { durationOf, evidenceOf, type Analyzer, type AnalyzerContext, type NudgeCandidate } from './analyzer';

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
  const { timeline } = context;
  const matches = new Map<string, CueMatch>();
  /** Matches that count: buyer lines, and rep questions the buyer answered. */
  const counted = new Map<string, CueMatch>();
  const earliestByItem = new Map<ChecklistItem, CueMatch>();
  const staleItems = new Set<ChecklistItem>();
  let longestLineSec = 0;
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
    const ordered = timeline.all();
    for (let index = timeline.indexOf(question.id) + 1; index < ordered.length; index++) {
      const next = ordered[index];
      if (next.startSec - question.endSec > answerWithinSec) return false;
      if (next.role === 'buyer' && countWords(next.text) >= answerMinWords) return true;
    }
    return false;
  };

  const uncount = (id: string) => {
    const match = counted.get(id);
    if (!match) return;
    counted.delete(id);
    for (const item of match.items) if (earliestByItem.get(item)?.utterance.id === id) staleItems.add(item);
    cached = null;
  };

  const count = (match: CueMatch) => {
    counted.set(match.utterance.id, match);
    for (const item of match.items) {
      const earliest = earliestByItem.get(item);
      if (!staleItems.has(item) && (!earliest || match.utterance.startSec < earliest.utterance.startSec)) {
        earliestByItem.set(item, match);
      }
    }
    cached = null;
  };

  const recount = (match: CueMatch) => {
    uncount(match.utterance.id);
    if (!match.asRepQuestion || isAnswered(match.utterance)) count(match);
  };

  /** Questions shortly before `line` whose answer may have come, or gone, with it. */
  const recheckQuestionsBefore = (line: LabeledUtterance) => {
    const { answerWithinSec } = context.settings.thresholds.checks;
    const ordered = timeline.all();
    const reachSec = line.startSec - answerWithinSec - longestLineSec;
    for (let index = timeline.firstIndexFrom(line.startSec) - 1; index >= 0 && ordered[index].startSec >= reachSec; index--) {
      const match = matches.get(ordered[index].id);
      if (match?.asRepQuestion) recount(match);
    }
  };

  const read = (): ChecklistResult => {
    if (cached) return cached;
    for (const item of staleItems) {
      earliestByItem.delete(item);
      for (const match of counted.values()) {
        const earliest = earliestByItem.get(item);
        if (match.items.includes(item) && (!earliest || match.utterance.startSec < earliest.utterance.startSec)) {
          earliestByItem.set(item, match);
        }
      }
    }
    staleItems.clear();
    const checklistEvidence: ChecklistResult['checklistEvidence'] = {};
    for (const [item, match] of earliestByItem) checklistEvidence[item] = evidenceOf(match.utterance);
    const checklist = Object.fromEntries(CHECKLIST_ITEMS.map((item) => [item, item in checklistEvidence])) as Record<
      ChecklistItem,
      boolean
    >;
    cached = { checklist, checklistEvidence, gaps: playbook.checklistPriority.filter((item) => !checklist[item]) };
    return cached;
  };

  /** Items found so far in spoken order, or the latest line when nothing was found yet. */
  const nudgeEvidence = (found: Evidence[]) => {
    if (found.length > 0) return [...found].sort((a, b) => a.atSec - b.atSec);
    const latest = timeline.at(timeline.size - 1);
    return latest ? [evidenceOf(latest)] : [];
  };

  return {
    update(current, previous) {
      longestLineSec = Math.max(longestLineSec, durationOf(current));
      if (previous) {
        matches.delete(previous.id);
        uncount(previous.id);
      }
      const match = matchCues(current);
      if (match) {
        matches.set(current.id, match);
        recount(match);
      }
      recheckQuestionsBefore(current);
      if (previous && previous.startSec !== current.startSec) recheckQuestionsBefore(previous);
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
