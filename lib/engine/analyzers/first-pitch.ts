// First pitch time and the current phase. The first rep line labeled `pitch` with the confidence a pitch needs
// (thresholds.pitch.minConfidence, or sellerVoiceMinConfidence for a line in the seller's voice, cues.sellerVoice)
// fixes the first pitch time; pitching before minute 15 (scaled for shorter calls) means discovery was rushed. The
// phase follows the clock, and moves to `pitch` early once the rep is clearly presenting. An unsure pitch label counts
// for none of these: in the dev calls the first pitch found too early was nearly always an unsure label on an agenda
// or recap line, while the real first pitch read confidently; and a confident pitch label on a line that plays back
// the buyer's situation (a recap, cues.recap) does not count either.
import type { LabeledUtterance, Phase } from '../../types';
import { clockPhase } from '../call-plan';
import { formatCallTime } from '../clock-format';
import { countWords } from '../speech-timing';
import { evidenceOf, type Analyzer, type AnalyzerContext, type CallMoment, type NudgeCandidate } from './analyzer';

export interface FirstPitchResult {
  firstPitchSec: number | null;
  firstPitchUtterance: LabeledUtterance | null;
  phase: Phase;
}

export function createFirstPitchAnalyzer(context: AnalyzerContext): Analyzer<FirstPitchResult> {
  const { recap: recapCues, recapCheck: recapCheckCues, sellerVoice } = context.methodology.cues;

  /**
   * True when the rep line plays back what the buyer said: it, or one of the rep's few lines before it, starts a recap
   * ("let me play back what I heard", "quick recap") and the buyer has not taken the floor since, nor answered the
   * question that closes a recap ("did I get that right?", cues.recapCheck). A recap restates the buyer's numbers and
   * pains, which reads like a pitch line by line; in the dev calls it was the commonest first pitch found too early.
   */
  const inRecap = (line: LabeledUtterance) => {
    if (recapCues.some((cue) => cue.test(line.text))) return true;
    const { recapRepLines, recapEndsAtBuyerWords } = context.settings.thresholds.pitch;
    const ordered = context.timeline.all();
    let repLines = 1;
    let buyerSpoke = false;
    for (let index = ordered.length - 1; index >= 0 && repLines < recapRepLines; index--) {
      const earlier = ordered[index];
      if (earlier.id === line.id || earlier.startSec > line.startSec) continue;
      if (earlier.role !== 'rep') {
        if (countWords(earlier.text) >= recapEndsAtBuyerWords) return false;
        buyerSpoke = true;
        continue;
      }
      repLines++;
      if (buyerSpoke && recapCheckCues.some((cue) => cue.test(earlier.text))) return false;
      if (recapCues.some((cue) => cue.test(earlier.text))) return true;
    }
    return false;
  };

  /**
   * The confidence a pitch label needs on this line: less when the rep speaks as the seller ("we work with…", "that's
   * the gap we close"). A line the reader takes for a pitch and that speaks so is rarely anything else, though the
   * reader is often unsure of such short lines.
   */
  const pitchBarOf = (line: LabeledUtterance) => {
    const { minConfidence, sellerVoiceMinConfidence } = context.settings.thresholds.pitch;
    return sellerVoice.some((cue) => cue.test(line.text)) ? Math.min(minConfidence, sellerVoiceMinConfidence) : minConfidence;
  };

  const isPitch = (utterance: LabeledUtterance) =>
    utterance.label.role === 'rep' &&
    utterance.label.act === 'pitch' &&
    utterance.label.confidence >= pitchBarOf(utterance) &&
    !inRecap(utterance);
  const pitchLines = new Map<string, LabeledUtterance>();
  /** Pitch lines that can still count as early: none starting after the seed's limit ever will. */
  const earlyPitchLines = new Map<string, LabeledUtterance>();
  let first: LabeledUtterance | null = null;
  let firstIsStale = false;

  const firstPitch = () => {
    if (firstIsStale) {
      first = null;
      for (const line of pitchLines.values()) if (!first || line.startSec < first.startSec) first = line;
      firstIsStale = false;
    }
    return first;
  };

  /** True when most of the rep's latest lines are pitch lines (each judged once, when it arrived: `pitchLines`). */
  const repIsPresenting = () => {
    const { switchAfterPitchLines, switchWindowRepLines } = context.settings.thresholds.pitch;
    const ordered = context.timeline.all();
    let repLines = 0;
    let pitches = 0;
    for (let index = ordered.length - 1; index >= 0 && repLines < switchWindowRepLines; index--) {
      if (ordered[index].role !== 'rep') continue;
      repLines++;
      if (pitchLines.has(ordered[index].id)) pitches++;
    }
    return pitches >= switchAfterPitchLines;
  };

  const phaseAt = ({ nowSec, plan }: CallMoment): Phase => {
    const byClock = clockPhase(plan, nowSec);
    if (byClock === 'discovery' && repIsPresenting()) return 'pitch';
    return byClock;
  };

  return {
    update(current, previous) {
      if (previous && pitchLines.delete(previous.id)) {
        earlyPitchLines.delete(previous.id);
        if (first?.id === previous.id) firstIsStale = true;
      }
      if (!isPitch(current)) return;
      pitchLines.set(current.id, current);
      if (current.startSec < context.settings.thresholds.pitch.earlyBeforeSec) earlyPitchLines.set(current.id, current);
      if (!firstIsStale && (!first || current.startSec < first.startSec)) first = current;
    },

    result(moment) {
      const line = firstPitch();
      return { firstPitchSec: line ? line.startSec : null, firstPitchUtterance: line, phase: phaseAt(moment) };
    },

    candidates({ nowSec, plan }): NudgeCandidate[] {
      const { eventFreshSec } = context.settings.thresholds.nudges;
      let latest: LabeledUtterance | null = null;
      for (const line of earlyPitchLines.values()) {
        const early = line.startSec < plan.earlyPitchBeforeSec;
        if (early && nowSec - line.endSec <= eventFreshSec && (!latest || line.startSec > latest.startSec)) latest = line;
      }
      if (!latest) return [];
      return [
        {
          kind: 'early-pitch',
          key: `early-pitch:${latest.id}`,
          evidence: [evidenceOf(latest)],
          facts: { time: formatCallTime(latest.startSec), earlyMin: Math.round(plan.earlyPitchBeforeSec / 60) },
        },
      ];
    },
  };
}
