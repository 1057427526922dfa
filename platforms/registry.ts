// The meeting platforms the extension coaches on: one line per platform, its folder's definition. Everything that
// lists platforms derives from here: the manifest's matches and host permissions (wxt.config.ts, the content
// script), the background's sender check, the stored records' platform enum and the call list's filter (through
// PLATFORMS and CALL_SOURCES in lib/types.ts), the onboarding's captions how-tos, the overlay's placement, and on
// the capture side the caption adapters and replay renderers (platforms/adapters.ts, platforms/replay-renderers.ts,
// keyed by these ids). test/platforms/registry-derived.test.ts fails when a platform is missing from any of them.
import type { PlatformDefinition } from './platform-definition';
import { meet } from './meet/platform';
import { teams } from './teams/platform';
import { zoom } from './zoom/platform';

export const PLATFORM_DEFINITIONS = [
  meet,
  teams,
  zoom,
] as const;

export type Platform = (typeof PLATFORM_DEFINITIONS)[number]['id'];

/** The platforms' ids, in registry order (a non-empty tuple, as enum schemas want it). */
export const PLATFORMS = PLATFORM_DEFINITIONS.map((definition) => definition.id) as unknown as readonly [Platform, ...Platform[]];

const BY_ID = new Map<string, PlatformDefinition<Platform>>(PLATFORM_DEFINITIONS.map((definition) => [definition.id, definition]));

export function platformDefinition(platform: Platform): PlatformDefinition<Platform> {
  const definition = BY_ID.get(platform);
  if (!definition) throw new Error(`unknown platform "${String(platform)}"`);
  return definition;
}

export function isPlatform(value: unknown): value is Platform {
  return typeof value === 'string' && BY_ID.has(value);
}

/** The manifest's match patterns and host permissions: `https://<host>/*` for every host of every platform. */
export const MEETING_MATCH_PATTERNS: readonly string[] = PLATFORM_DEFINITIONS.flatMap((definition) =>
  definition.hosts.map((host) => `https://${host}/*`),
);

const MEETING_HOSTS: ReadonlySet<string> = new Set(PLATFORM_DEFINITIONS.flatMap((definition) => definition.hosts));

/** The background's sender check: whether a URL is a page of a meeting site (https, one of the platforms' hosts). */
export function isMeetingUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && MEETING_HOSTS.has(parsed.hostname);
  } catch {
    return false;
  }
}

/** Whether this frame (by its URL only) is the one the platform draws its captions in. */
export function holdsCaptions(
  definition: PlatformDefinition,
  location: { hostname: string; pathname: string },
  isTopFrame: boolean,
): boolean {
  if (!definition.hosts.includes(location.hostname)) return false;
  const frame = definition.captionFrame;
  return frame.kind === 'top' ? isTopFrame : !isTopFrame && location.pathname.startsWith(frame.pathPrefix);
}
