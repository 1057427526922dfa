// Reads a finished call's transcript (WebVTT/SRT, "[hh:mm:ss] Speaker: text" lines, or plain "Speaker: text"
// lines) into cues, detecting the format. Pure: the CLI passes file bytes, the options page passes file text.
import type { CueReadout } from './cue';
import { decodeTranscript, MAX_TRANSCRIPT_BYTES } from './decode';
import { plainTurn, readPlainLines, readTimestampedLines, timestampedTurn } from './speaker-lines';
import { TranscriptError } from './transcript-error';
import { CUE_TIMING, readWebVtt } from './webvtt';

export { MAX_TRANSCRIPT_BYTES } from './decode';
export { UNKNOWN_SPEAKER, type TranscriptCue } from './cue';
export { TranscriptError, type TranscriptErrorCode } from './transcript-error';

export type TranscriptFormat = 'webvtt' | 'timestamped' | 'plain';

export interface ParsedTranscript extends CueReadout {
  format: TranscriptFormat;
}

export interface ParseTranscriptOptions {
  /** Speaking rate used to estimate times for transcripts that have none. */
  wordsPerSecond: number;
  maxBytes?: number;
}

/** How many non-empty lines the format is guessed from. */
const SAMPLE_LINES = 400;

export function detectFormat(lines: readonly string[]): TranscriptFormat | null {
  const sample = lines.filter((line) => line.trim() !== '').slice(0, SAMPLE_LINES);
  if (sample.length === 0) return null;
  if (/^WEBVTT\b/.test(sample[0].trim()) || sample.some((line) => CUE_TIMING.test(line))) return 'webvtt';
  const timestamped = sample.filter((line) => timestampedTurn(line) !== null).length;
  const plain = sample.filter((line) => plainTurn(line) !== null).length;
  if (timestamped > 0 && timestamped * 2 >= plain) return 'timestamped';
  return plain > 0 ? 'plain' : null;
}

const NO_CUES = 'no transcript lines found: expected WebVTT cues, "Speaker: text" lines or "[hh:mm:ss] Speaker: text" lines';

export function parseTranscript(input: string | Uint8Array, options: ParseTranscriptOptions): ParsedTranscript {
  const text = decodeTranscript(input, options.maxBytes ?? MAX_TRANSCRIPT_BYTES);
  const lines = text.split(/\r\n|\r|\n/);
  const format = detectFormat(lines);
  if (!format) throw new TranscriptError('no-cues', NO_CUES);
  const readout =
    format === 'webvtt'
      ? readWebVtt(lines)
      : format === 'timestamped'
        ? readTimestampedLines(lines, options.wordsPerSecond)
        : readPlainLines(lines, options.wordsPerSecond);
  if (readout.cues.length === 0) throw new TranscriptError('no-cues', NO_CUES);
  return { format, ...readout };
}
