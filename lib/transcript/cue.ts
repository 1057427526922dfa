// What every transcript format is read into: who said what, and when, in seconds from the file's own zero.
export interface TranscriptCue {
  startSec: number;
  endSec: number;
  speaker: string;
  text: string;
}

/** The speaker name used when a format gives none. */
export const UNKNOWN_SPEAKER = 'Unknown';

export interface CueReadout {
  cues: TranscriptCue[];
  warnings: string[];
}

/** "Name: text" at the start of a line, where the name looks like a name and not like a sentence. */
const SPEAKER_PREFIX = /^\s*([\p{L}\p{N}][\p{L}\p{N} .'’()@&_-]{0,59}?)\s*:\s+(\S.*)$/u;
const MAX_NAME_WORDS = 6;

export function splitSpeakerPrefix(line: string): { speaker: string; text: string } | null {
  const match = SPEAKER_PREFIX.exec(line);
  if (!match) return null;
  const speaker = match[1].trim();
  if (speaker.split(/\s+/).length > MAX_NAME_WORDS) return null;
  return { speaker, text: match[2].trim() };
}

/** Later than this is no call's time; such a stamp is damage, and arithmetic on it could overflow. */
const MAX_CLOCK_SEC = 1_000 * 3600;

/** "01:02:03", "2:03", "00:00:01.500" or "00:00:01,500" to seconds; null when it is not a time (or too large to be one). */
export function parseClockTime(text: string): number | null {
  const match = /^(?:(\d+):)?(\d{1,2}):(\d{2}(?:[.,]\d+)?)$/.exec(text.trim());
  if (!match) return null;
  const [, hours, minutes, seconds] = match;
  const total = Number(hours ?? 0) * 3600 + Number(minutes) * 60 + Number(seconds.replace(',', '.'));
  return total <= MAX_CLOCK_SEC ? total : null;
}

export function countTextWords(text: string): number {
  const matches = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return matches ? matches.length : 0;
}
