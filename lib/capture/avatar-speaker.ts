// Zoom's caption rows carry no speaker name, only an avatar: a photo (sometimes with the name as alt text) or an
// initials bubble. The name comes from the avatar's alt text, or from the active-speaker tile when its name has
// the row's initials; names learned that way resolve later rows that show the same initials while someone else
// holds the tile. Two participants with the same initials resolve to the one seen last.
import { cleanSpeakerLabel } from './caption-text';
import { initialsOf } from './speaker-labels';

export interface AvatarEvidence {
  /** The row has an avatar at all; rows without one are system notices. */
  hasAvatar: boolean;
  /** Alt text of the avatar photo, if any. */
  imageAlt: string | null;
  /** Text of the initials bubble, if any. */
  initials: string | null;
  /** Name shown on the active-speaker video tile, if any. */
  activeSpeaker: string | null;
}

export type AvatarSpeakerResolver = (evidence: AvatarEvidence) => string | null;

/** One resolver per call: it remembers which names the initials stood for, starting with the names it is told. */
export function createAvatarSpeakerResolver(knownNames: readonly string[] = []): AvatarSpeakerResolver {
  const nameByInitials = new Map<string, string>();

  function learn(name: string): string {
    const initials = initialsOf(name);
    if (initials) nameByInitials.set(initials, name);
    return name;
  }
  for (const name of knownNames) learn(cleanSpeakerLabel(name));

  return (evidence) => {
    if (!evidence.hasAvatar) return null;
    const alt = cleanSpeakerLabel(evidence.imageAlt ?? '');
    const initials = cleanSpeakerLabel(evidence.initials ?? '').toLocaleUpperCase('und');
    const activeSpeaker = cleanSpeakerLabel(evidence.activeSpeaker ?? '');
    if (alt) return learn(alt);
    if (initials) {
      if (activeSpeaker && initialsOf(activeSpeaker) === initials) return learn(activeSpeaker);
      return nameByInitials.get(initials) ?? initials;
    }
    return activeSpeaker ? learn(activeSpeaker) : null;
  };
}
