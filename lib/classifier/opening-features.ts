// The features of a call's opening, for the call-type head: which words and word pairs its lines hold, and which
// words each side says ("rw:" the rep, "bw:" the buyer: "proposal" from the rep opens a pricing call more surely
// than from the buyer). Present or absent, not counted: a long opening must not outweigh a short one.
import type { Role } from '../types';
import type { FeatureVector } from './features';
import { boundedMemo } from '../capture/bounded-memo';
import { normalizeTokens } from './normalize';

export interface OpeningLine {
  role: Role;
  text: string;
}

/** Words read per line: an opening line longer than this is a monologue whose start says what it is about. */
const MAX_TOKENS_PER_LINE = 60;

const ROLE_PREFIX: Record<Role, string> = { rep: 'rw', buyer: 'bw' };

/**
 * The feature names of one line, memoized: a live call reads its opening again after every caption revision of an
 * opening line, with the other lines unchanged, and tokenizing them again would cost most of the reading.
 */
const featuresOfLine = boundedMemo((key: string): string[] => {
  const roleEnd = key.indexOf('\n');
  const prefix = key.slice(0, roleEnd);
  const tokens = normalizeTokens(key.slice(roleEnd + 1)).slice(0, MAX_TOKENS_PER_LINE);
  const names: string[] = [];
  tokens.forEach((token, i) => {
    names.push(`w:${token}`, `${prefix}:${token}`);
    if (i > 0) names.push(`b:${tokens[i - 1]}_${token}`);
  });
  return names;
}, 256);

export function openingFeatures(lines: readonly OpeningLine[]): FeatureVector {
  const features: FeatureVector = new Map();
  for (const line of lines) for (const name of featuresOfLine(`${ROLE_PREFIX[line.role]}\n${line.text}`)) features.set(name, 1);
  return features;
}
