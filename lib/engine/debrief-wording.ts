// How a debrief quotes the call: `[mm:ss]` stamps and short, markdown-safe quotes of what was said. Caption
// text is untrusted input to a markdown document, so characters markdown would act on are escaped.
import type { DebriefWording } from './methodology';
import { formatCallTime } from './clock-format';
import { fillTemplate } from './template';

const MARKDOWN_SPECIAL = /[\\`*_[\]<>|#~]/g;

export function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_SPECIAL, (character) => `\\${character}`);
}

export function stampOf(wording: DebriefWording, atSec: number): string {
  return fillTemplate(wording.timestamp, { time: formatCallTime(atSec) });
}

/** The line as spoken, on one line, cut at a word boundary when it is longer than the seed allows. */
export function quoteOf(wording: DebriefWording, text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  if (oneLine.length <= wording.quoteMaxChars) return escapeMarkdown(oneLine);
  const cut = oneLine.slice(0, wording.quoteMaxChars);
  const lastSpace = cut.lastIndexOf(' ');
  return `${escapeMarkdown(lastSpace > 0 ? cut.slice(0, lastSpace) : cut)}…`;
}
