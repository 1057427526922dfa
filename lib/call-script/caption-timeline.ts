// A call script compiled into caption steps the way meeting pages show captions: while a line is spoken its
// caption is rewritten about every 300 ms with the words said so far; now and then a word is first misheard and
// the line is corrected a moment later, while the next line is already being spoken (deterministic for a seed).
// The last text of every line is exactly the script's text. Renderers (capture/replay) write the steps into a
// platform's caption DOM; the steps themselves know nothing about any platform.
import type { CallScript } from './call-script';
import { createSeededRandom } from '../seeded-random';

export interface CaptionStep {
  /** Milliseconds from the call start. */
  atMs: number;
  lineIndex: number;
  /** The script's speaker: "rep" or a buyer's name. */
  speaker: string;
  /** The whole text the line's caption shows from now on. */
  text: string;
  /** 'grow': the line is being spoken; 'correct': a finished line's misheard word is corrected. */
  kind: 'grow' | 'correct';
}

export interface TimelineLine {
  speaker: string;
  text: string;
  startMs: number;
  /** When the last word was said. */
  spokenMs: number;
  /** When the caption stops changing (after its correction, if it has one). */
  settledMs: number;
}

export interface CaptionTimeline {
  steps: CaptionStep[];
  lines: TimelineLine[];
  /** When the last caption settles. */
  durationMs: number;
}

export interface TimelineOptions {
  /** How often a caption being spoken is rewritten. */
  rewriteEveryMs?: number;
  /** Speaking rate for lines without a duration. */
  wordsPerSecond?: number;
  /** Share of lines that show a misheard word before being corrected (0 to 1). */
  correctionRate?: number;
  /** How long after a line is spoken its correction comes. */
  correctionDelayMs?: number;
  seed?: number;
}

export const TIMELINE_DEFAULTS = {
  rewriteEveryMs: 300,
  wordsPerSecond: 2.6,
  correctionRate: 0.15,
  correctionDelayMs: 1_200,
  seed: 1,
} as const;

/** Misheard words are taken from the last few of a line, where every platform still shows them when corrected. */
const CORRECTABLE_TAIL_WORDS = 4;
const MIN_LINE_MS = 600;

/** The word as a recognizer might first get it: its last letter missing ("thousand," → "thousan,"). */
function misheard(word: string): string | null {
  const match = /^(.*\p{L}{3})\p{L}([^\p{L}]*)$/u.exec(word);
  return match ? `${match[1]}${match[2]}` : null;
}

/** When each rewrite of a line being spoken happens and how many words it shows; the last shows them all. */
function lineSteps(
  wordCount: number,
  startMs: number,
  endMs: number,
  rewriteEveryMs: number,
): { atMs: number; shownWords: number; last: boolean }[] {
  const rewrites = Math.max(1, Math.round((endMs - startMs) / rewriteEveryMs));
  const steps: { atMs: number; shownWords: number; last: boolean }[] = [];
  let shown = 0;
  for (let k = 1; k <= rewrites && shown < wordCount; k++) {
    // Rounded down, so the last word appears only when the line has been said.
    const shownWords = Math.max(1, Math.floor((wordCount * k) / rewrites));
    if (shownWords === shown) continue;
    shown = shownWords;
    const atMs = k === rewrites ? endMs : startMs + (k - 1) * rewriteEveryMs;
    steps.push({ atMs, shownWords, last: shownWords >= wordCount });
  }
  return steps;
}

export function compileCaptionTimeline(script: CallScript, options: TimelineOptions = {}): CaptionTimeline {
  const settings = { ...TIMELINE_DEFAULTS, ...options };
  const random = createSeededRandom(settings.seed);
  const steps: CaptionStep[] = [];
  const lines: TimelineLine[] = [];

  script.lines.forEach((line, lineIndex) => {
    const words = line.text.split(/\s+/u).filter((word) => word.length > 0);
    const startMs = Math.round(line.atSec * 1000);
    const spokenFor = line.durationSec !== undefined ? line.durationSec * 1000 : (words.length / settings.wordsPerSecond) * 1000;
    const speakingEndsMs = startMs + Math.max(MIN_LINE_MS, Math.round(spokenFor));

    const tailStart = Math.max(0, words.length - CORRECTABLE_TAIL_WORDS);
    const correctable = words.map((word, i) => (i >= tailStart ? misheard(word) : null));
    const candidates = correctable.flatMap((variant, i) => (variant ? [i] : []));
    const corrected = candidates.length > 0 && random() < settings.correctionRate;
    const wrongIndex = corrected ? candidates[Math.floor(random() * candidates.length)]! : -1;
    const heard = words.map((word, i) => (i === wrongIndex ? correctable[i]! : word));

    const growth = lineSteps(Math.max(1, words.length), startMs, speakingEndsMs, settings.rewriteEveryMs);
    for (const step of growth) {
      const text = step.last && wrongIndex < 0 ? line.text : heard.slice(0, step.shownWords).join(' ');
      steps.push({ atMs: step.atMs, lineIndex, speaker: line.speaker, text, kind: 'grow' });
    }
    const spokenMs = growth.at(-1)?.atMs ?? speakingEndsMs;
    let settledMs = spokenMs;
    if (wrongIndex >= 0) {
      settledMs = spokenMs + settings.correctionDelayMs;
      steps.push({ atMs: settledMs, lineIndex, speaker: line.speaker, text: line.text, kind: 'correct' });
    }
    lines.push({ speaker: line.speaker, text: line.text, startMs, spokenMs, settledMs });
  });

  steps.sort((a, b) => a.atMs - b.atMs || a.lineIndex - b.lineIndex);
  const durationMs = lines.reduce((latest, line) => Math.max(latest, line.settledMs), 0);
  return { steps, lines, durationMs };
}
