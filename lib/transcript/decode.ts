// Turns a file's bytes (or text already read) into transcript text, refusing what cannot be a transcript:
// nothing at all, binary data, or more than the size limit. UTF-16 files with a byte-order mark are decoded.
import { TranscriptError } from './transcript-error';

export const MAX_TRANSCRIPT_BYTES = 10 * 1024 * 1024;

/** Share of unreadable characters above which the input is taken for binary. */
const MAX_UNREADABLE_SHARE = 0.1;
const UNREADABLE = /[\u0000-\u0008\u000E-\u001F\u007F\uFFFD]/g;

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;

function decodeBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  if (bytes.includes(0)) throw binaryError();
  return new TextDecoder('utf-8').decode(bytes);
}

const binaryError = () => new TranscriptError('binary', 'the file is not a text transcript (it looks binary)');

export function decodeTranscript(input: string | Uint8Array, maxBytes = MAX_TRANSCRIPT_BYTES): string {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > maxBytes) {
    throw new TranscriptError('too-large', `the transcript is ${megabytes(size)}; the limit is ${megabytes(maxBytes)}`);
  }
  const text = (typeof input === 'string' ? input : decodeBytes(input)).replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new TranscriptError('empty', 'the transcript is empty');
  if (text.includes('\u0000')) throw binaryError();
  const unreadable = text.match(UNREADABLE)?.length ?? 0;
  if (unreadable / text.length > MAX_UNREADABLE_SHARE) throw binaryError();
  return text;
}
