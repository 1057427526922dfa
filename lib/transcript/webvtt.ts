// WebVTT (and SubRip, which differs only in its header and decimal comma). Speakers come from `<v Name>`
// voice tags (Teams, Meet); exports that write "Name: text" inside the cue (Zoom) are read too. A cue with
// neither is kept under the "Unknown" speaker with a warning.
import { UNKNOWN_SPEAKER, parseClockTime, splitSpeakerPrefix, type CueReadout, type TranscriptCue } from './cue';

const TIME = String.raw`(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}`;
export const CUE_TIMING = new RegExp(String.raw`^\s*(${TIME})\s*-->\s*(${TIME})`);
const VOICE_TAG = /<v(?:\.[^\s>]*)?(?:\s+([^>]*))?>/g;
const ANY_TAG = /<[^>]*>/g;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&nbsp;': ' ', '&lrm;': '', '&rlm;': '', '&quot;': '"', '&#39;': "'" };

function plainText(markup: string): string {
  return markup
    .replace(ANY_TAG, '')
    .replace(/&(?:amp|lt|gt|nbsp|lrm|rlm|quot|#39);/g, (entity) => ENTITIES[entity])
    .replace(/\s+/g, ' ')
    .trim();
}

interface Voiced {
  speaker: string | null;
  text: string;
}

/** The cue's text split at its voice tags; text before the first tag has no voice. */
function voicedParts(payload: string): Voiced[] {
  const parts: Voiced[] = [];
  let speaker: string | null = null;
  let from = 0;
  for (const match of payload.matchAll(VOICE_TAG)) {
    parts.push({ speaker, text: plainText(payload.slice(from, match.index)) });
    speaker = match[1]?.trim() || null;
    from = match.index + match[0].length;
  }
  parts.push({ speaker, text: plainText(payload.slice(from)) });
  return parts.filter((part) => part.text.length > 0);
}

/** Splits the cue's time between its speakers in proportion to how much each said. */
function cuesFor(startSec: number, endSec: number, parts: Voiced[]): Array<TranscriptCue & { voiced: boolean }> {
  const totalChars = parts.reduce((sum, part) => sum + part.text.length, 0);
  let cursor = startSec;
  return parts.map((part) => {
    const share = ((endSec - startSec) * part.text.length) / totalChars;
    const prefixed = part.speaker === null ? splitSpeakerPrefix(part.text) : null;
    const cue = {
      startSec: cursor,
      endSec: cursor + share,
      speaker: part.speaker ?? prefixed?.speaker ?? UNKNOWN_SPEAKER,
      text: prefixed?.text ?? part.text,
      voiced: part.speaker !== null || prefixed !== null,
    };
    cursor += share;
    return cue;
  });
}

export function readWebVtt(lines: readonly string[]): CueReadout {
  const cues: TranscriptCue[] = [];
  let unvoiced = 0;
  for (let index = 0; index < lines.length; index++) {
    const timing = CUE_TIMING.exec(lines[index]);
    if (!timing) continue;
    const payload: string[] = [];
    while (index + 1 < lines.length && lines[index + 1].trim() !== '') payload.push(lines[++index]);
    const startSec = parseClockTime(timing[1]) ?? 0;
    const endSec = Math.max(parseClockTime(timing[2]) ?? startSec, startSec);
    for (const { voiced, ...cue } of cuesFor(startSec, endSec, voicedParts(payload.join('\n')))) {
      if (!voiced) unvoiced++;
      cues.push(cue);
    }
  }
  const warnings =
    unvoiced > 0
      ? [`${unvoiced} of ${cues.length} cues name no speaker (no <v> voice tag); they are attributed to "${UNKNOWN_SPEAKER}"`]
      : [];
  return { cues, warnings };
}
