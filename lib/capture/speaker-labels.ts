// Who a caption's speaker label refers to. The platforms label the local user "You" (translated in each UI
// language) and show participants they cannot name yet as "Unknown user"; both lists are data so a new UI
// language is one line here. Labels are compared after cleanSpeakerLabel + case folding.
import { boundedMemo } from './bounded-memo';
import { cleanSpeakerLabel } from './caption-text';

/**
 * How the meeting UIs label the local user, by UI language. Forms that are also common first names ("Ben",
 * "Lei", "Vy") are left out on purpose: a buyer taken for the rep is worse than a missed label, which
 * `extraSelfLabels` can add.
 */
export const SELF_LABELS_BY_LANGUAGE: Readonly<Record<string, readonly string[]>> = {
  en: ['You'],
  de: ['Du', 'Sie', 'Ich'],
  fr: ['Vous', 'Toi', 'Moi'],
  es: ['Tú', 'Usted', 'Yo'],
  pt: ['Você', 'Eu'],
  it: ['Tu'],
  nl: ['Jij', 'U', 'Ik'],
  pl: ['Ty'],
  sv: ['Du', 'Jag'],
  da: ['Dig', 'Du'],
  nb: ['Deg', 'Du'],
  fi: ['Sinä'],
  tr: ['Siz'],
  ru: ['Вы', 'Я'],
  uk: ['Ви', 'Я'],
  ja: ['あなた', '自分'],
  zh: ['你', '您', '我'],
  ko: ['나', '본인'],
  hi: ['आप'],
  ar: ['أنت'],
  he: ['אתה', 'את'],
};

/**
 * How Meet names its caption region (`aria-label` of `div[role="region"]`), by UI language. Gathered from Meet's
 * captions button and caption readers that support these UIs; verify against a live call in that language.
 * Without it, a caption region that has no lines yet is only recognized by class names in a non-English UI.
 */
export const CAPTION_REGION_LABELS_BY_LANGUAGE: Readonly<Record<string, readonly string[]>> = {
  en: ['Captions'],
  de: ['Untertitel'],
  fr: ['Sous-titres'],
  es: ['Subtítulos'],
  pt: ['Legendas'],
  it: ['Sottotitoli'],
  nl: ['Ondertiteling'],
  pl: ['Napisy'],
  sv: ['Undertexter'],
  ja: ['字幕'],
};

/** Labels a platform shows before it can name a participant; such a speaker may be renamed later. */
export const PLACEHOLDER_SPEAKER_LABELS: readonly string[] = [
  'Unknown user',
  'Unknown',
  'Unknown speaker',
  'Guest',
  'Unbekannter Benutzer',
  'Utilisateur inconnu',
  'Usuario desconocido',
  'Usuário desconhecido',
  'Utente sconosciuto',
  'Onbekende gebruiker',
  'Nieznany użytkownik',
  'Okänd användare',
  '不明なユーザー',
  '未知用户',
  '알 수 없는 사용자',
];

const labelKey = boundedMemo((label) => cleanSpeakerLabel(label).toLocaleLowerCase('und'), 500);

const cleanLabel = boundedMemo(cleanSpeakerLabel, 500);

const BUILT_IN_SELF_KEYS: ReadonlySet<string> = new Set(Object.values(SELF_LABELS_BY_LANGUAGE).flat().map(labelKey));
const PLACEHOLDER_KEYS: ReadonlySet<string> = new Set(PLACEHOLDER_SPEAKER_LABELS.map(labelKey));

/** A trailing "(You)" marker, as some UIs append it to the local user's name: "Dana Kim (You)". */
const TRAILING_PARENTHESIS = /\(([^()]{1,40})\)\s*$/u;

/** Returns a predicate telling whether a speaker label means the local user. Build it once per call. */
export function createSelfLabelMatcher(extraSelfLabels: readonly string[] = []): (speaker: string) => boolean {
  const keys = new Set(BUILT_IN_SELF_KEYS);
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
