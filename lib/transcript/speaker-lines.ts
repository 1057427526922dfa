// Line-per-turn transcripts: "[00:01:02] Name: text" (with or without brackets), Otter-style "Name  0:05"
// headers followed by the text, and plain "Name: text" without times. A line that starts no turn continues
// the one before it. Plain transcripts get times estimated from their word counts.
import { countTextWords, parseClockTime, splitSpeakerPrefix, type CueReadout, type TranscriptCue } from './cue';

const TIME = String.raw`(?:\d{1,3}:)?\d{1,2}:\d{2}(?:[.,]\d+)?`;
export const TIMESTAMPED_LINE = new RegExp(String.raw`^\s*[\[(]?(${TIME})[\])]?\s*[-–—]?\s*(.+)$`);
/** A name, then a time set apart by two spaces or brackets ("Jane Doe  0:05", "Jane Doe (00:00:05)"). */
export const SPEAKER_HEADER = new RegExp(String.raw`^\s*([\p{L}][\p{L}\p{N} .'’-]{0,59}?)(?:\s{2,}|\s*[\[(])(${TIME})[\])]?\s*$`, 'u');

interface Turn {
  startSec: number | null;
  speaker: string;
  text: string;
}

export function timestampedTurn(line: string): Turn | null {
  const inline = TIMESTAMPED_LINE.exec(line);
  if (inline) {
    const said = splitSpeakerPrefix(inline[2]);
    if (said) return { startSec: parseClockTime(inline[1]), ...said };
  }
  const header = SPEAKER_HEADER.exec(line);
  return header ? { startSec: parseClockTime(header[2]), speaker: header[1].trim(), text: '' } : null;
}

export function plainTurn(line: string): Turn | null {
  const said = splitSpeakerPrefix(line);
  return said ? { startSec: null, ...said } : null;
}

function collectTurns(lines: readonly string[], readTurn: (line: string) => Turn | null) {
  const turns: Turn[] = [];
  let orphanLines = 0;
  for (const line of lines) {
    if (line.trim() === '') continue;
    const turn = readTurn(line);
    if (turn) turns.push(turn);
    else if (turns.length > 0) turns[turns.length - 1].text = `${turns[turns.length - 1].text} ${line.trim()}`.trim();
    else orphanLines++;
  }
  const warnings = orphanLines > 0 ? [`${orphanLines} lines before the first speaker were skipped`] : [];
  return { turns: turns.filter((turn) => turn.text.length > 0), warnings };
}

export function readTimestampedLines(lines: readonly string[], wordsPerSecond: number): CueReadout {
  const { turns, warnings } = collectTurns(lines, timestampedTurn);
  const cues: TranscriptCue[] = [];
  let wentBackwards = false;
  turns.forEach((turn, index) => {
    const startSec = turn.startSec ?? 0;
    const nextStart = turns[index + 1]?.startSec ?? null;
    if (nextStart !== null && nextStart < startSec) wentBackwards = true;
    const spokenSec = countTextWords(turn.text) / wordsPerSecond;
    const endSec = nextStart !== null && nextStart >= startSec ? nextStart : startSec + spokenSec;
    cues.push({ startSec, endSec, speaker: turn.speaker, text: turn.text });
  });
  if (wentBackwards) warnings.push('some timestamps go backwards; lines are analyzed in time order');
  return { cues, warnings };
}

export function readPlainLines(lines: readonly string[], wordsPerSecond: number): CueReadout {
  const { turns, warnings } = collectTurns(lines, plainTurn);
  let cursor = 0;
  const cues = turns.map((turn) => {
    const startSec = cursor;
    cursor += countTextWords(turn.text) / wordsPerSecond;
    return { startSec, endSec: cursor, speaker: turn.speaker, text: turn.text };
  });
  warnings.push(`the transcript has no times; they are estimated at ${wordsPerSecond} words per second`);
  return { cues, warnings };
}
