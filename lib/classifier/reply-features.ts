// The features of the rep's reply to a buyer turn, for the reply head: how the rep answers says whether the buyer
// just pushed back ("that's fair", "I hear you on the price", "you could, and some shops do start there",
// "understood, and I'd rather you say that now") far more often than any fixed list of phrases can. Only the
// reply's first words are read: the reaction comes first, and what follows is the rep's own answer.
import type { FeatureVector } from './features';
import { normalizeTokens } from './normalize';

/** The reply head's labels: the buyer turn just before was no pushback, or was. */
export const REPLY_LABELS = ['other', 'pushback'] as const;

/** Words of the reply that are read. */
const REPLY_TOKENS = 12;
/** The reply's opening words also count as such ("fair" first is an acknowledgement; later it may be anything). */
const OPENING_TOKENS = 3;

export function replyFeatures(text: string): FeatureVector {
  const tokens = normalizeTokens(text).slice(0, REPLY_TOKENS);
  const features: FeatureVector = new Map();
  tokens.forEach((token, i) => {
    features.set(`w:${token}`, 1);
    if (i + 1 < tokens.length) features.set(`b:${token}_${tokens[i + 1]}`, 1);
    if (i < OPENING_TOKENS) features.set(`s:${token}`, 1);
  });
  return features;
}
