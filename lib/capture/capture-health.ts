// Whether caption capture works, from evidence that does not depend on the platform's class names: the page shows
// captions (a caption-labelled region, a pressed captions button, the platform's container, or text rewriting
// itself the way live captions do) and something was read from them. Captions on screen with nothing read for a
// few seconds is "unreadable", said plainly; captions off is "off", which only earns the turn-them-on reminder.
export type CaptureHealth = 'off' | 'reading' | 'fallback' | 'unreadable';

export interface CaptureEvidence {
  now: number;
  /** Class-free signs that captions are on: a caption-labelled region, a pressed captions button. */
  captionsSignal: boolean;
  /** The platform's selectors find the caption container. */
  primaryContainer: boolean;
  /** The structural fallback reader is reading a caption region. */
  fallbackAttached: boolean;
  /** When a caption line was last read by either reader, or null. */
  lastReadAt: number | null;
  /** When text last rewrote itself like a live caption somewhere no reader was reading, or null. */
  lastGrowthAt: number | null;
}

/** How long captions may be on screen with nothing read before the rep is told. */
export const UNREADABLE_AFTER_MS = 6_000;
/** A read this close before a rewrite answers it (the reader and the growth watcher see the same change). */
const ANSWER_SLACK_MS = 1_000;
/** How long seen caption growth counts as "captions are on" without other signs. */
const GROWTH_SHOWS_CAPTIONS_MS = 10_000;

export interface CaptureHealthMonitor {
  assess(evidence: CaptureEvidence): CaptureHealth;
}

export function createCaptureHealthMonitor(): CaptureHealthMonitor {
  let shownSince: number | null = null;
  let unansweredGrowthSince: number | null = null;
  return {
    assess({ now, captionsSignal, primaryContainer, fallbackAttached, lastReadAt, lastGrowthAt }) {
      const growthRecent = lastGrowthAt !== null && now - lastGrowthAt <= GROWTH_SHOWS_CAPTIONS_MS;
      if (!(captionsSignal || primaryContainer || fallbackAttached || growthRecent)) {
        shownSince = null;
        unansweredGrowthSince = null;
        return 'off';
      }
      shownSince ??= now;
      const growthUnanswered = lastGrowthAt !== null && (lastReadAt === null || lastReadAt < lastGrowthAt - ANSWER_SLACK_MS);
      unansweredGrowthSince = growthUnanswered ? (unansweredGrowthSince ?? lastGrowthAt) : null;
      if (fallbackAttached && !growthUnanswered) return 'fallback';
      if (unansweredGrowthSince !== null && now - unansweredGrowthSince >= UNREADABLE_AFTER_MS) return 'unreadable';
      const containerMissing = captionsSignal && !primaryContainer && !fallbackAttached && lastReadAt === null;
      if (containerMissing && now - shownSince >= UNREADABLE_AFTER_MS) return 'unreadable';
      return fallbackAttached ? 'fallback' : 'reading';
    },
  };
}
