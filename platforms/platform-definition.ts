// What the extension knows about one meeting platform, as plain data: where its meetings are, where its captions
// are in the page, how it labels the local user, where the overlay may sit and how the rep turns captions on. Each
// platform folder exports one of these from its `platform.ts`; `platforms/registry.ts` lists them and everything
// else (the manifest's matches, the background's sender check, the stored records' enum, the call list's filter,
// the onboarding, the overlay's placement) derives from that list. Pure: no DOM, no browser API, no React.
import type { ENGLISH_MESSAGES } from '../locales/en';

/** A selector, or a selector plus the exact text its element must have (icon fonts name their icon in text). */
export type PresenceProbe = string | { selector: string; text: string };

/** Selectors tried in order, from the most stable (role, aria-*, data-tid, jsname) to the most fragile (classes). */
export type SelectorChain = readonly string[];

export interface CaptionSelectorTable {
  /** Present while a call runs (any one is enough); polled about once a second. */
  inCall: readonly PresenceProbe[];
  /** The caption container: its presence means captions are on. */
  container: SelectorChain;
  /** One caption line (a speaker turn) inside the container. */
  row: SelectorChain;
  /** The speaker label inside a row; rows without one are system notices. */
  speaker: SelectorChain;
  /** The caption text inside a row. */
  text: SelectorChain;
}

/** A UI string without placeholders (its words live in locales/<language>/*.json). */
type PlainMessageKey = {
  [K in keyof typeof ENGLISH_MESSAGES]: (typeof ENGLISH_MESSAGES)[K] extends { placeholders: object } ? never : K;
}[keyof typeof ENGLISH_MESSAGES];

export interface PlatformDefinition<Id extends string = string> {
  /** Stored with every call and used as the key of the rep's per-platform settings: never rename one. */
  id: Id;
  /** The platform's name as the UI shows it. */
  displayName: PlainMessageKey;
  /** The hosts (https only) whose pages may hold its meetings; each becomes the match pattern `https://<host>/*`. */
  hosts: readonly string[];
  /**
   * The frame the captions are drawn in: the page itself, or a same-origin child frame (`selector` in the page) whose
   * path starts with `pathPrefix` (Zoom's iframe#webclient at /wc/…). The content script runs in every frame of the hosts.
   */
  captionFrame: { kind: 'top' } | { kind: 'child'; selector: string; pathPrefix: string };
  /** A meeting URL of this platform, as test tools and the demo open it (routed to this folder's fixture page). */
  exampleMeetingUrl: string;
  captions: {
    selectors: CaptionSelectorTable;
    /** The day the selector table was last checked against the live platform (YYYY-MM-DD); shown in capture reports. */
    checkedOn: string;
  };
  /** How the platform labels the local user ("You"), by UI language: lines with such a speaker are the rep's. */
  selfLabels: Readonly<Record<string, readonly string[]>>;
  /**
   * The platform's own words in a meeting page's tab title, as a call list strips them to find the meeting's name:
   * what comes before or after the title ("Meet - Acme discovery", "Weekly sync | Microsoft Teams"), and whole titles
   * that name the app or a meeting code, never a meeting (lib/manager/call-name.ts).
   */
  tabTitle: { affixes: readonly RegExp[]; notAName: readonly RegExp[] };
  /** Overlay placement: pixels at the top and bottom of the window that belong to the meeting's own controls. */
  controlBands: { top: number; bottom: number };
  /** How the rep turns captions on: the overlay's one-line hint, and the onboarding's card with its picture. */
  captionsHowTo: {
    overlayHint: PlainMessageKey;
    onboarding: { name: PlainMessageKey; how: PlainMessageKey; alt: PlainMessageKey };
    /** Our own drawing of where the captions button is, under public/. */
    picture: string;
  };
}

/** Keeps the definition's literal id (so the registry can name the Platform type) and checks it against the shape. */
export function definePlatform<const Id extends string>(definition: PlatformDefinition<Id>): PlatformDefinition<Id> {
  return definition;
}
