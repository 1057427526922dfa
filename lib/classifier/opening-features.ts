// The features of a call's opening, for the call-type head: which words and word pairs its lines hold, and which
// words each side says ("rw:" the rep, "bw:" the buyer: "proposal" from the rep opens a pricing call more surely
// than from the buyer). Present or absent, not counted: a long opening must not outweigh a short one.
import type { Role } from '../types';
import type { FeatureVector } from './features';
import { normalizeTokens } from './normalize';

export interface OpeningLine {
  role: Role;
  text: string;
}

/** Words read per line: an opening line longer than this is a monologue whose start says what it is about. */
const MAX_TOKENS_PER_LINE = 60;

const ROLE_PREFIX: Record<Role, string> = { rep: 'rw', buyer: 'bw' };

export function openingFeatures(lines: readonly OpeningLine[]): FeatureVector {
  const features: FeatureVector = new Map();
  for (const line of lines) {
    const tokens = normalizeTokens(line.text).slice(0, MAX_TOKENS_PER_LINE);
    tokens.forEach((token, i) => {
      features.set(`w:${token}`, 1);
      features.set(`${ROLE_PREFIX[line.role]}:${token}`, 1);
      if (i > 0) features.set(`b:${tokens[i - 1]}_${token}`, 1);
    });
  }
  return features;
}
