// Analyzes a finished call from its transcript cues: the same session the live overlay uses, fed the cues in
// time order. Used by `npm run analyze` and by the options page's transcript import, so it stays pure.
import type { TranscriptCue } from '../transcript';
import type { CallMeta, LabeledUtterance, Role, Utterance } from '../types';
import type { CallReport } from './analysis-types';
import { formatCallTime } from './clock-format';
import type { LineClassifier } from './labeling';
import { normalizedRepNames } from './placement';
import { createSessionCore } from './session';
import type { CoachSettingsOverrides } from './settings';
import { speakingEndSec } from './speech-timing';

export interface TranscriptAnalysisOptions {
  /** Who the rep is: speaker names, compared without case. */
  repNames: readonly string[];
  classifier: LineClassifier;
  meta?: Partial<CallMeta>;
  settings?: CoachSettingsOverrides;
}

export interface TranscriptAnalysis {
  report: CallReport;
  /** On the call clock: seconds from the first cue, with caption blackouts cut. */
  utterances: LabeledUtterance[];
  warnings: string[];
}

/** Same text, same label when read alone: transcripts repeat short lines ("Yeah.", "Okay.") many times. Lines read in context are not memoized. */
function memoized(classifier: LineClassifier): LineClassifier {
  const rep = new Map<string, ReturnType<LineClassifier['classifyRep']>>();
  const buyer = new Map<string, ReturnType<LineClassifier['classifyBuyer']>>();
  return {
    ...classifier,
    classifyRep(text) {
      let label = rep.get(text);
      if (!label) rep.set(text, (label = classifier.classifyRep(text)));
      return label;
    },
    classifyBuyer(text) {
      let label = buyer.get(text);
      if (!label) buyer.set(text, (label = classifier.classifyBuyer(text)));
      return label;
    },
  };
}

const isWord = (name: string) => new RegExp(`(^|\\s)${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s|$)`);

export interface RepSpeakers {
  repSpeakers: string[];
  /** Set when the rep was found only by part of the name, or not at all. */
  warning?: string;
}

/**
 * The speakers who are the rep: exact names (without case) first; failing that, speakers whose name contains
 * a rep name as whole words ("Sam" finds "Sam Rivera"), which the warning says.
 */
export function findRepSpeakers(speakers: readonly string[], repNames: readonly string[]): RepSpeakers {
  const given = repNames.map((name) => name.trim()).filter((name) => name.length > 0);
  const wanted = normalizedRepNames(given);
  const exact = speakers.filter((speaker) => wanted.has(speaker.trim().toLowerCase()));
  if (exact.length > 0 || wanted.size === 0) return { repSpeakers: exact };
  const partial = speakers.filter((speaker) => [...wanted].some((name) => isWord(name).test(speaker.trim().toLowerCase())));
  const names = given.map((name) => `'${name}'`).join(', ');
  if (partial.length > 0) {
    return { repSpeakers: partial, warning: `the rep name ${names} matched speaker(s) ${partial.map((speaker) => `'${speaker}'`).join(', ')}` };
  }
  return { repSpeakers: [], warning: `the rep name ${names} never appears; speakers are: ${speakers.join(', ')}` };
}

/** Speakers in the order they first speak. */
export function speakersOf(cues: readonly TranscriptCue[]): string[] {
  return [...new Set(cues.map((cue) => cue.speaker))];
}

export function analyzeTranscript(cues: readonly TranscriptCue[], options: TranscriptAnalysisOptions): TranscriptAnalysis {
  const warnings: string[] = [];
  const ordered = cues.filter((cue) => cue.text.trim() !== '').sort((a, b) => a.startSec - b.startSec);
  const found = findRepSpeakers(speakersOf(ordered), options.repNames);
  if (found.warning) warnings.push(found.warning);
  const repSpeakers = new Set(found.repSpeakers);
  const core = createSessionCore({ classifier: memoized(options.classifier), settings: options.settings });
  const speech = core.settings.thresholds.speech;
  const originSec = ordered[0]?.startSec ?? 0;

  ordered.forEach((cue, index) => {
    const startSec = cue.startSec - originSec;
    const role: Role = repSpeakers.has(cue.speaker) ? 'rep' : 'buyer';
    const utterance: Utterance = {
      id: `cue-${index + 1}`,
      speaker: cue.speaker,
      role,
      text: cue.text,
      startSec,
      endSec: speakingEndSec(cue.text, startSec, cue.endSec - originSec, speech),
      settled: true,
    };
    core.ingestUtterance(utterance, utterance.endSec);
  });

  for (const cut of core.clockCuts()) {
    warnings.push(
      `no one spoke for ${formatCallTime(cut.silentSec)} after [${formatCallTime(cut.atSec)}]; ` +
        `the call clock counts ${formatCallTime(cut.silentSec - cut.cutSec)} of it, so later times are shifted`,
    );
  }

  const meta: CallMeta = {
    callId: 'transcript',
    platform: 'import',
    title: 'Imported transcript',
    repName: options.repNames[0] ?? '',
    startedAt: 0,
    ...options.meta,
  };
  return { report: core.report(meta), utterances: core.utterances(), warnings };
}
