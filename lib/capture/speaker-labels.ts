// Who a caption's speaker label refers to. The platforms label the local user "You" (translated in each UI
// language) and show participants they cannot name yet as "Unknown user"; both lists are data
// (./meeting-ui-labels.ts). Labels are compared after cleanSpeakerLabel + case folding.
import { boundedMemo } from './bounded-memo';
import { cleanSpeakerLabel } from './caption-text';
import { PLACEHOLDER_SPEAKER_LABELS, SELF_LABELS_BY_LANGUAGE } from './meeting-ui-labels';

export { CAPTION_REGION_LABELS_BY_LANGUAGE, PLACEHOLDER_SPEAKER_LABELS, SELF_LABELS_BY_LANGUAGE } from './meeting-ui-labels';

const labelKey = boundedMemo((label) => cleanSpeakerLabel(label).toLocaleLowerCase('und'), 500);

const cleanLabel = boundedMemo(cleanSpeakerLabel, 500);

/** The compared forms of a table of "You" labels, worked out once per table. */
const selfKeysByTable = new WeakMap<object, ReadonlySet<string>>();
function selfKeysOf(selfLabels: Readonly<Record<string, readonly string[]>>): ReadonlySet<string> {
  let keys = selfKeysByTable.get(selfLabels);
  if (!keys) {
    keys = new Set(Object.values(selfLabels).flat().map(labelKey));
    selfKeysByTable.set(selfLabels, keys);
  }
  return keys;
}
const PLACEHOLDER_KEYS: ReadonlySet<string> = new Set(PLACEHOLDER_SPEAKER_LABELS.map(labelKey));

/** A trailing "(You)" marker, as some UIs append it to the local user's name: "Dana Kim (You)". */
const TRAILING_PARENTHESIS = /\(([^()]{1,40})\)\s*$/u;

/**
 * Returns a predicate telling whether a speaker label means the local user: one of the platform's `selfLabels` (by
 * default every UI language's) or of `extraSelfLabels`. Build it once per call.
 */
export function createSelfLabelMatcher(
  extraSelfLabels: readonly string[] = [],
  selfLabels: Readonly<Record<string, readonly string[]>> = SELF_LABELS_BY_LANGUAGE,
): (speaker: string) => boolean {
  const keys = new Set(selfKeysOf(selfLabels));
  for (const label of extraSelfLabels) {
    const key = labelKey(label);
    if (key) keys.add(key);
  }
  return (speaker) => {
    const key = labelKey(speaker);
    if (!key) return false;
    if (keys.has(key)) return true;
    const marker = TRAILING_PARENTHESIS.exec(key)?.[1];
    return marker !== undefined && keys.has(marker.trim());
  };
}

export function isPlaceholderSpeaker(speaker: string): boolean {
  return PLACEHOLDER_KEYS.has(labelKey(speaker));
}

/** "Dana Kim" → "DK", "josé de la cruz" → "JC": the way avatar bubbles abbreviate a name (first and last word). */
export const initialsOf: (name: string) => string = boundedMemo(computeInitials, 500);

function computeInitials(name: string): string {
  const words = cleanSpeakerLabel(name).split(' ').filter((word) => /\p{L}|\p{N}/u.test(word));
  const first = words[0];
  if (!first) return '';
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  const letter = (word: string) => Array.from(word.replace(/^[^\p{L}\p{N}]+/u, ''))[0] ?? '';
  return (letter(first) + (last ? letter(last) : '')).toLocaleUpperCase('und');
}

function looksLikeInitials(label: string): boolean {
  return /^[\p{Lu}\p{N}]{1,3}$/u.test(label);
}

/**
 * Whether two labels can name the same person: equal (ignoring case), either is a placeholder ("Unknown user"
 * resolved later), or one is the avatar initials of the other ("DK" and "Dana Kim").
 */
export function speakersCompatible(a: string, b: string): boolean {
  const keyA = labelKey(a);
  const keyB = labelKey(b);
  if (keyA === keyB) return true;
  if (PLACEHOLDER_KEYS.has(keyA) || PLACEHOLDER_KEYS.has(keyB)) return true;
  const cleanA = cleanLabel(a);
  const cleanB = cleanLabel(b);
  if (looksLikeInitials(cleanA) && initialsOf(cleanB) === cleanA) return true;
  return looksLikeInitials(cleanB) && initialsOf(cleanA) === cleanB;
}

/**
 * The label to keep when a row shows `shown` for a line known as `known`: a row that comes back still saying
 * "Unknown user", or only initials, does not undo a name already resolved.
 */
export function preferredSpeaker(known: string, shown: string): string {
  if (isPlaceholderSpeaker(shown) && !isPlaceholderSpeaker(known)) return known;
  const cleanShown = cleanSpeakerLabel(shown);
  if (looksLikeInitials(cleanShown) && initialsOf(known) === cleanShown) return known;
  return shown;
}
