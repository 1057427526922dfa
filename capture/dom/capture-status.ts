// Turns what the call watcher knows (which reader is attached, when a line was last read, when caption-like
// rewriting was last seen) plus the page's own captions-on signs into the capture health, and builds the capture
// report on request. Reports the status to the sink only when the health changes.
import { createCaptureHealthMonitor, type CaptureHealth } from '../../lib/capture/capture-health';
import { formatCaptureReport, type CaptureReportInput } from '../../lib/capture/capture-report';
import type { CaptionSink } from '../caption-adapter';
import type { DomCaptionSpec } from './caption-spec';
import { CAPTION_LABELLED_REGIONS, pageShowsCaptionsOn } from './captions-signal';
import { shapeOf } from './element-shape';

export type ActiveReader = 'primary' | 'fallback' | null;

export interface CaptureSnapshot {
  reader: ActiveReader;
  /** The element the attached reader observes, if any. */
  readingRegion: Element | null;
  lastReadAt: number | null;
  lastGrowthAt: number | null;
  /** The latest element seen rewriting itself like a live caption, if any. */
  lastRewritten: Element | null;
}

const READER_NAMES: Record<'primary' | 'fallback' | 'none', CaptureReportInput['reader']> = {
  primary: 'platform selectors',
  fallback: 'structural fallback',
  none: 'none',
};

/** Levels above a rewriting element that the report describes (its row and the list around it). */
const REWRITE_CONTEXT_LEVELS = 3;

function ancestor(element: Element, levels: number): Element {
  let node = element;
  for (let i = 0; i < levels && node.parentElement && node.parentElement !== node.ownerDocument.body; i++) node = node.parentElement;
  return node;
}

function regionsOf(document: Document, snapshot: CaptureSnapshot): CaptureReportInput['regions'] {
  const regions: { why: string; element: Element }[] = [];
  if (snapshot.readingRegion?.isConnected) regions.push({ why: `read by the ${READER_NAMES[snapshot.reader ?? 'none']}`, element: snapshot.readingRegion });
  if (snapshot.lastRewritten?.isConnected) regions.push({ why: 'rewriting its text like live captions', element: ancestor(snapshot.lastRewritten, REWRITE_CONTEXT_LEVELS) });
  for (const element of document.querySelectorAll(`${CAPTION_LABELLED_REGIONS}, [aria-live]`)) {
    regions.push({ why: element.hasAttribute('aria-live') ? 'a live region' : 'labelled as captions', element });
  }
  const unique = regions.filter((region, i) => regions.findIndex((other) => other.element === region.element) === i);
  return unique.slice(0, 4).map(({ why, element }) => ({ why, shape: shapeOf(element) }));
}

export function createCaptureStatusReporter(document: Document, spec: DomCaptionSpec, sink: Required<CaptionSink>) {
  const monitor = createCaptureHealthMonitor();
  let reported: CaptureHealth | null = null;
  let latest: CaptureSnapshot | null = null;
  return {
    /** Re-assesses health (once a second) and tells the sink when it changed. */
    update(snapshot: CaptureSnapshot, now: number): CaptureHealth {
      latest = snapshot;
      const health = monitor.assess({
        now,
        captionsSignal: pageShowsCaptionsOn(document),
        primaryContainer: snapshot.reader === 'primary',
        fallbackAttached: snapshot.reader === 'fallback',
        lastReadAt: snapshot.lastReadAt,
        lastGrowthAt: snapshot.lastGrowthAt,
      });
      if (health !== reported) {
        reported = health;
        sink.captureStatus({
          health,
          report: (versions) =>
            formatCaptureReport({
              platform: spec.platform,
              health,
              reader: READER_NAMES[(latest ?? snapshot).reader ?? 'none'],
              selectorsCheckedOn: spec.selectorsCheckedOn,
              ...versions,
              regions: regionsOf(document, latest ?? snapshot),
            }),
        });
      }
      return health;
    },
  };
}
