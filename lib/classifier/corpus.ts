// The labeled corpus in seeds/corpus/: rep-<act>.jsonl and buyer-<objection>.jsonl, one JSON object a line.
// Parsing is pure (text in, examples out); reading the files is the scripts' job.
import { z } from 'zod';
import { OBJECTION_CATEGORIES, REP_ACTS, type ObjectionCategory, type RepAct } from '../types';
import type { LineContext } from './context-features';
import { normalizeText, normalizeTokens } from './normalize';

const repLineSchema = z.object({ text: z.string().min(1), act: z.enum(REP_ACTS), style: z.string().optional() });
const buyerLineSchema = z.object({
  text: z.string().min(1),
  objection: z.enum(OBJECTION_CATEGORIES),
  style: z.string().optional(),
});

export type CorpusRole = 'rep' | 'buyer';

export interface CorpusLine<L extends string = string> {
  text: string;
  label: L;
  style: string;
  source: string;
  /** Set on lines taken from whole calls: the conversation before the line. */
  context?: LineContext;
}

export interface Corpus {
  rep: CorpusLine<RepAct>[];
  buyer: CorpusLine<ObjectionCategory>[];
  warnings: string[];
}

export function emptyCorpus(): Corpus {
  return { rep: [], buyer: [], warnings: [] };
}

/**
 * Which head a corpus file feeds, from its name (rep.jsonl, rep-<anything>.jsonl, buyer.jsonl,
 * buyer-<anything>.jsonl); undefined for other files.
 */
export function corpusRoleOfFile(fileName: string): CorpusRole | undefined {
  if (/^rep(-[a-z0-9_-]+)?\.jsonl$/.test(fileName)) return 'rep';
  if (/^buyer(-[a-z0-9_-]+)?\.jsonl$/.test(fileName)) return 'buyer';
  return undefined;
}

/**
 * Adds one file's lines to the corpus. Lines whose normalized text was already seen (in any file) are
 * skipped, so a duplicate cannot sit in both the training and the test split, or carry two labels.
 */
export function addCorpusFile(corpus: Corpus, fileName: string, content: string, seen: Set<string>): void {
  const role = corpusRoleOfFile(fileName);
  if (role === undefined) return;
  content.split('\n').forEach((rawLine, index) => {
    if (rawLine.trim() === '') return;
    const where = `${fileName}:${index + 1}`;
    let json: unknown;
    try {
      json = JSON.parse(rawLine);
    } catch {
      corpus.warnings.push(`${where}: not valid JSON, skipped`);
      return;
    }
    const line = toCorpusLine(role, json, fileName);
    if (line === undefined) {
      corpus.warnings.push(`${where}: not a labeled ${role} line, skipped`);
      return;
    }
    const key = `${role}|${normalizeText(line.text)}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (role === 'rep') corpus.rep.push(line as CorpusLine<RepAct>);
    else corpus.buyer.push(line as CorpusLine<ObjectionCategory>);
  });
}

function toCorpusLine(role: CorpusRole, json: unknown, source: string): CorpusLine | undefined {
  if (role === 'rep') {
    const parsed = repLineSchema.safeParse(json);
    return parsed.success ? { text: parsed.data.text, label: parsed.data.act, style: parsed.data.style ?? 'unknown', source } : undefined;
  }
  const parsed = buyerLineSchema.safeParse(json);
  return parsed.success
    ? { text: parsed.data.text, label: parsed.data.objection, style: parsed.data.style ?? 'unknown', source }
    : undefined;
}

/** Word-set overlap (Jaccard) from which two lines count as the same line reworded. */
export const NEAR_DUPLICATE_JACCARD = 0.7;
/** Shorter lines ("got it", "mm-hmm") only count as duplicates when identical. */
const NEAR_DUPLICATE_MIN_WORDS = 4;

/**
 * Lines that neither occur in `corpus` (either role, whatever the typography) nor reword a corpus line
 * (word-set Jaccard ≥ NEAR_DUPLICATE_JACCARD), and how many did. An independent check set is scored on the
 * first list only, so a line that also sits in the training corpus cannot flatter it.
 */
export function linesNotInCorpus<L extends string>(lines: CorpusLine<L>[], corpus: Corpus): { kept: CorpusLine<L>[]; overlapping: number } {
  const corpusWordSets = [...corpus.rep, ...corpus.buyer].map((line) => new Set(normalizeTokens(line.text)));
  const corpusTexts = new Set(corpusWordSets.map((words) => [...words].join(' ')));
  const kept = lines.filter((line) => {
    const words = new Set(normalizeTokens(line.text));
    if (corpusTexts.has([...words].join(' '))) return false;
    if (words.size < NEAR_DUPLICATE_MIN_WORDS) return true;
    return !corpusWordSets.some((other) => jaccard(words, other) >= NEAR_DUPLICATE_JACCARD);
  });
  return { kept, overlapping: lines.length - kept.length };
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}
