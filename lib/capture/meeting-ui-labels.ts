// How the meeting UIs label things, by UI language: the local user ("You"), Meet's caption region, and participants
// they cannot name yet ("Unknown user"). Plain data, so the platform definitions (platforms/*/platform.ts) can use it
// without the matching code; a new UI language is one line in each table.

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
