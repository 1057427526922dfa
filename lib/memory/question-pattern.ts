// A question's pattern: its SPIN act, how it opens and what it is about, so that similar questions in
// different calls land on one key ("What does that cost you when it happens?" and "If this carries on, what
// does it cost?" are both implication/what/cost). Deliberately simple enough to explain to a rep.
import type { SpinAct } from '../types';
import type { RetainSeeds } from './memory-seeds';

export interface QuestionPattern {
  key: string;
  label: string;
}

interface CompiledPatternRules {
  maxOpenerWords: number;
  fillers: string[][];
  openers: Array<{ key: string; label: string; words: string[][]; onlyFirst: boolean }>;
  fallbackOpener: { key: string; label: string };
  anchors: Array<{ key: string; label: string; pattern: RegExp }>;
  fallbackAnchor: { key: string; label: string };
}

const tokensOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^a-z0-9' ]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);

const compiledCache = new WeakMap<RetainSeeds['questionPattern'], CompiledPatternRules>();

function compile(rules: RetainSeeds['questionPattern']): CompiledPatternRules {
  const cached = compiledCache.get(rules);
  if (cached) return cached;
  // Longest phrases first, so "can you" is stripped before a bare "can" could be taken for the opener.
  const byLength = (a: string[], b: string[]) => b.length - a.length;
  const compiled: CompiledPatternRules = {
    maxOpenerWords: rules.maxOpenerWords,
    fillers: rules.fillers.map(tokensOf).sort(byLength),
    openers: rules.openers.map((opener) => ({
      key: opener.key,
      label: opener.label,
      words: opener.words.map(tokensOf).sort(byLength),
      onlyFirst: opener.onlyFirst ?? false,
    })),
    fallbackOpener: rules.fallbackOpener,
    anchors: rules.anchors.map((anchor) => ({ key: anchor.key, label: anchor.label, pattern: new RegExp(anchor.pattern, 'i') })),
    fallbackAnchor: rules.fallbackAnchor,
  };
  compiledCache.set(rules, compiled);
  return compiled;
}

const startsWith = (tokens: string[], at: number, phrase: string[]) => phrase.every((word, offset) => tokens[at + offset] === word);

function withoutLeadingFillers(tokens: string[], fillers: string[][]): string[] {
  let start = 0;
  for (let stripped = true; stripped; ) {
    stripped = false;
    for (const filler of fillers) {
      if (filler.length > 0 && startsWith(tokens, start, filler)) {
        start += filler.length;
        stripped = true;
        break;
      }
    }
  }
  return tokens.slice(start);
}

/** The first opener within the first words; yes/no openers ("do", "is") only count as the very first word. */
function openerOf(tokens: string[], rules: CompiledPatternRules) {
  const limit = Math.min(tokens.length, rules.maxOpenerWords);
  for (let at = 0; at < limit; at++) {
    for (const opener of rules.openers) {
      if (opener.onlyFirst && at > 0) continue;
      if (opener.words.some((phrase) => startsWith(tokens, at, phrase))) return opener;
    }
  }
  return rules.fallbackOpener;
}

export function questionPattern(text: string, act: SpinAct, seeds: RetainSeeds['questionPattern']): QuestionPattern {
  const rules = compile(seeds);
  const tokens = withoutLeadingFillers(tokensOf(text), rules.fillers);
  const opener = openerOf(tokens, rules);
  const normalized = tokens.join(' ');
  const anchor = rules.anchors.find((candidate) => candidate.pattern.test(normalized)) ?? rules.fallbackAnchor;
  return { key: `${act}/${opener.key}/${anchor.key}`, label: `${opener.label} … ${anchor.label}` };
}
