// Turns one caption line into sparse named features: word uni/bigrams, character n-grams (robust to caption
// misspellings and unseen inflections) and a few phrasing cues that separate the acts across writers' styles.
import { PHRASE_CUES, wordClassesOf } from './cues';
import { objectionCues } from './objection-cues';
import { normalizeTokens } from './normalize';

export type FeatureVector = Map<string, number>;

const WH_WORDS = new Set(['what', 'how', 'why', 'where', 'when', 'who', 'which', 'whats']);
const AUXILIARIES = new Set([
  'do', 'does', 'did', 'is', 'are', 'was', 'were', 'can', 'could', 'would', 'will', 'should', 'have', 'has', 'had', 'may', 'might', 'shall',
]);
const SECOND_PERSON = new Set(['you', 'your', 'yours', 'yourself', 'yourselves', 'youd', 'youll']);
const FIRST_PERSON_SINGULAR = new Set(['i', 'me', 'my', 'mine', 'myself']);
const FIRST_PERSON_PLURAL = new Set(['we', 'us', 'our', 'ours', 'ourselves']);
const CURRENCY_WORDS = new Set(['dollar', 'dollars', 'bucks', 'euro', 'euros', 'pounds', 'grand', 'k', 'usd']);
/** Openers that turn a statement into a request or question in speech ("tell me about…", "walk me through…"). */
const REQUEST_OPENERS = ['tell me', 'walk me', 'help me', 'talk me', 'take me', 'curious', 'wondering'];
const MAX_TOKENS = 80;

const NGRAM_MIN = 3;
const NGRAM_MAX = 5;

export function extractFeatures(text: string): FeatureVector {
  return sharedFeatures(text, normalizeTokens(text).slice(0, MAX_TOKENS));
}

function sharedFeatures(text: string, tokens: string[]): FeatureVector {
  const features: FeatureVector = new Map();
  addWordFeatures(tokens, features);
  addCharNgramFeatures(tokens, features);
  addCueFeatures(text, tokens, features);
  return features;
}

function addWordFeatures(tokens: string[], features: FeatureVector): void {
  const words = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    words.add(`w:${tokens[i]}`);
    words.add(`b:${i === 0 ? '^' : tokens[i - 1]}_${tokens[i]}`);
  }
  if (tokens.length > 0) words.add(`b:${tokens[tokens.length - 1]}_$`);
  addNormalizedGroup(words, features);
}

function addCharNgramFeatures(tokens: string[], features: FeatureVector): void {
  const grams = new Set<string>();
  for (const token of tokens) {
    const padded = `<${token}>`;
    for (let n = NGRAM_MIN; n <= NGRAM_MAX; n++) {
      for (let start = 0; start + n <= padded.length; start++) grams.add(`c:${padded.slice(start, start + n)}`);
    }
  }
  addNormalizedGroup(grams, features);
}

/**
 * How much each group of the shared features weighs in a buyer line. Character n-grams and the rep-oriented
 * cue group mostly carry topic ("price", "vendor", "next quarter"), which a buyer line may mention without
 * objecting; halving them lets the stance features below (skip-bigrams, objection cues) count for more.
 */
const BUYER_GROUP_SCALE = { chars: 0.5, cues: 0.5 } as const;
/** Skip-bigrams ("not_budget" in "not really budget", "have_budget" in "have the budget") as their own group. */
const BUYER_SKIP_GRAM_WEIGHT = 0.5;
/** The objection cues of objection-cues.ts, as their own group. */
const BUYER_OBJECTION_CUE_WEIGHT = 1;

/**
 * The features of a buyer line: those of extractFeatures (character n-grams and shared cues scaled down),
 * plus skip-bigrams and the objection cues (objection-cues.ts) as their own groups. Only the buyer head
 * uses these, so the rep head's features stay exactly as they were.
 */
export function extractBuyerFeatures(text: string): FeatureVector {
  const tokens = normalizeTokens(text).slice(0, MAX_TOKENS);
  const features = sharedFeatures(text, tokens);
  for (const [name, value] of features) {
    if (name.startsWith('c:')) features.set(name, value * BUYER_GROUP_SCALE.chars);
    else if (!name.startsWith('w:') && !name.startsWith('b:')) features.set(name, value * BUYER_GROUP_SCALE.cues);
  }
  const skipGrams = new Set<string>();
  for (let i = 0; i + 2 < tokens.length; i++) skipGrams.add(`s:${tokens[i]}_${tokens[i + 2]}`);
  addWeightedGroup(skipGrams, BUYER_SKIP_GRAM_WEIGHT, features);
  addWeightedGroup(new Set(objectionCues(tokens, text).map((name) => `o:${name}`)), BUYER_OBJECTION_CUE_WEIGHT, features);
  return features;
}

/** Adds a feature group scaled to length `weight`, so its size does not decide how much it counts. */
export function addWeightedGroup(names: Set<string>, weight: number, features: FeatureVector): void {
  if (names.size === 0) return;
  const value = weight / Math.sqrt(names.size);
  for (const name of names) features.set(name, value);
}

/** Each group is scaled to unit length so long lines and many n-grams do not drown the other groups. */
function addNormalizedGroup(names: Set<string>, features: FeatureVector): void {
  if (names.size === 0) return;
  const value = 1 / Math.sqrt(names.size);
  for (const name of names) features.set(name, value);
}

function addCueFeatures(rawText: string, tokens: string[], features: FeatureVector): void {
  const joined = tokens.join(' ');
  const first = tokens[0] ?? '';
  const second = tokens[1] ?? '';
  const whStart = WH_WORDS.has(first) || (first === 'and' || first === 'so' ? WH_WORDS.has(second) : false);
  const auxStart = AUXILIARIES.has(first) && (SECOND_PERSON.has(second) || ['there', 'it', 'that', 'this', 'we', 'anyone', 'someone'].includes(second));
  const requestStart = REQUEST_OPENERS.some((opener) => joined.startsWith(opener));
  const questionMark = rawText.includes('?');
  const questionForm = whStart || auxStart || requestStart;
  const cues: string[] = [];
  if (tokens.length === 0) cues.push('q:empty');
  if (whStart) cues.push('q:wh_start');
  if (auxStart) cues.push('q:aux_start');
  if (requestStart) cues.push('q:request');
  if (questionMark) cues.push('q:mark');
  if (questionForm || questionMark) cues.push('q:any');
  if (questionForm && !questionMark) cues.push('q:unpunctuated');
  if (!questionForm && !questionMark) cues.push('q:statement');
  if (tokens.some((t) => SECOND_PERSON.has(t))) cues.push('p:second');
  if (tokens.some((t) => FIRST_PERSON_SINGULAR.has(t))) cues.push('p:first_singular');
  if (tokens.some((t) => FIRST_PERSON_PLURAL.has(t))) cues.push('p:first_plural');
  if (tokens.some((t) => /\d/.test(t))) cues.push('n:number');
  if (/[$€£]/.test(rawText) || tokens.some((t) => CURRENCY_WORDS.has(t) || /^\d+(k|m)$/.test(t))) cues.push('n:currency');
  for (const [name, pattern] of PHRASE_CUES) if (pattern.test(joined)) cues.push(`x:${name}`);
  addWordClassCues(tokens, cues);
  cues.push(`len:${tokens.length <= 2 ? 'tiny' : tokens.length <= 6 ? 'short' : tokens.length <= 16 ? 'medium' : 'long'}`);
  addNormalizedGroup(new Set(cues), features);
}

const BACKCHANNEL_ONLY_MAX_TOKENS = 6;

/** `l:<class>` for each word class present; `l:backchannel_only` when a short line is nothing but back-channel. */
function addWordClassCues(tokens: string[], cues: string[]): void {
  const present = new Set<string>();
  let allBackchannel = tokens.length > 0 && tokens.length <= BACKCHANNEL_ONLY_MAX_TOKENS;
  for (const token of tokens) {
    const classes = wordClassesOf(token);
    for (const name of classes) present.add(name);
    if (!classes.includes('backchannel')) allBackchannel = false;
  }
  present.delete('backchannel');
  for (const name of present) cues.push(`l:${name}`);
  if (allBackchannel) cues.push('l:backchannel_only');
}
