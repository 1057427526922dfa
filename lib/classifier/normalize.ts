// Caption text arrives lowercase-or-not, with or without punctuation, full of fillers and with contractions
// spelled either way ("don't" / "dont"). Normalizing both training and live text to one caption-like form lets
// the model learn wording rather than typography.

/** Contractions as captions often spell them (apostrophe dropped) → expanded form. */
const BARE_CONTRACTIONS: Record<string, string> = {
  dont: 'do not',
  doesnt: 'does not',
  didnt: 'did not',
  isnt: 'is not',
  arent: 'are not',
  wasnt: 'was not',
  werent: 'were not',
  havent: 'have not',
  hasnt: 'has not',
  hadnt: 'had not',
  cant: 'can not',
  cannot: 'can not',
  couldnt: 'could not',
  wouldnt: 'would not',
  shouldnt: 'should not',
  wont: 'will not',
  whats: 'what is',
  hows: 'how is',
  wheres: 'where is',
  whos: 'who is',
  thats: 'that is',
  theres: 'there is',
  im: 'i am',
  ive: 'i have',
  youre: 'you are',
  youve: 'you have',
  youd: 'you would',
  youll: 'you will',
  weve: 'we have',
  theyre: 'they are',
  theyve: 'they have',
  gonna: 'going to',
  wanna: 'want to',
};

const APOSTROPHE_SUFFIXES: [RegExp, string][] = [
  [/\bcan't\b/g, 'can not'],
  [/\bwon't\b/g, 'will not'],
  [/n't\b/g, ' not'],
  [/'re\b/g, ' are'],
  [/'ve\b/g, ' have'],
  [/'ll\b/g, ' will'],
  [/'d\b/g, ' would'],
  [/'m\b/g, ' am'],
  [/\b(what|how|where|who|that|there|it|here)'s\b/g, '$1 is'],
  [/'s\b/g, ''],
];

/** Pure hesitation sounds: never carry meaning. ("mm hmm" is a back-channel and is kept.) */
const HESITATIONS = new Set(['um', 'umm', 'uh', 'uhh', 'uhm', 'erm', 'er', 'ah', 'eh']);

/** A "you know" after these is the verb ("do you know how…"), not a filler. */
const KNOW_AS_VERB_BEFORE = new Set(['do', 'did', 'does', 'would', 'will', 'could', 'can', 'not', 'if', 'as', 'might']);
/** A "you know" followed by these introduces a clause ("you know what the cost is"), not a filler. */
const KNOW_AS_VERB_AFTER = new Set(['what', 'how', 'who', 'whether', 'if', 'why', 'where', 'when', 'which', 'about']);
/** A "like" after these is the hedge or the discourse filler ("and like", "it was like"), not the verb. */
const LIKE_AS_FILLER_AFTER = new Set(['', 'and', 'so', 'but', 'just', 'yeah', 'oh', 'well', 'really', 'was', 'is']);

/** Lowercase, expand contractions, strip punctuation and digits-as-symbols, drop fillers, collapse stutters. */
export function normalizeTokens(text: string): string[] {
  let lower = text.toLowerCase().replace(/[\u2018\u2019\u02bc`]/g, "'");
  for (const [pattern, replacement] of APOSTROPHE_SUFFIXES) lower = lower.replace(pattern, replacement);
  const rawTokens = lower
    .replace(/\$/g, ' dollar ')
    .replace(/%/g, ' percent ')
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((token) => token.length > 0)
    // Own keys only: a caption word like "constructor" must not find Object.prototype's.
    .flatMap((token) => (Object.hasOwn(BARE_CONTRACTIONS, token) ? BARE_CONTRACTIONS[token] : token).split(' '));
  return dropFillers(rawTokens);
}

function dropFillers(tokens: string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const previous = kept.length > 0 ? kept[kept.length - 1] : '';
    if (HESITATIONS.has(token)) continue;
    if (token === 'you' && tokens[i + 1] === 'know' && isFillerYouKnow(previous, tokens[i + 2] ?? '')) {
      i++;
      continue;
    }
    if (token === 'like' && LIKE_AS_FILLER_AFTER.has(previous) && tokens[i + 1] !== undefined) continue;
    if (token === previous && token.length > 1) continue;
    kept.push(token);
  }
  return kept;
}

function isFillerYouKnow(previous: string, next: string): boolean {
  return !KNOW_AS_VERB_BEFORE.has(previous) && !KNOW_AS_VERB_AFTER.has(next);
}

export function normalizeText(text: string): string {
  return normalizeTokens(text).join(' ');
}
