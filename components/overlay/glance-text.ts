// Text cut to what a rep can take in mid-sentence: a few words, then an ellipsis. The full text stays one tap away.

export function clipWords(text: string, maxWords: number): string {
  const words = text.trim().split(/\s+/);
  return words.length <= maxWords ? text.trim() : `${words.slice(0, maxWords).join(' ')}…`;
}

/** The buyer's words on one short line under the card's lead. */
export const BUYER_QUOTE_WORDS = 8;
