// What a platform tells the shared DOM caption reader: its selector table and the few places where its caption
// markup behaves differently. Everything else (idle polling, observers, finality, re-attachment) is shared.
import type { CaptionSelectorTable } from '../../platforms/platform-definition';
import type { Platform } from '../../lib/types';

export type { CaptionSelectorTable };

export interface FrameLocation {
  hostname: string;
  pathname: string;
}

/**
 * Reads a row's speaker from `speakerElement` (found by the selectors or by structure); `previous` is what the row
 * showed before (for rows that only name a speaker once).
 */
export type SpeakerReader = (row: Element, previous: string | null, speakerElement: Element | null) => string;

/** Where a caption row keeps its text and its speaker. */
export interface RowParts {
  textOf(row: Element): Element | null;
  speakerOf(row: Element): Element | null;
}

export interface DomCaptionSpec {
  platform: Platform;
  selectors: CaptionSelectorTable;
  matchesFrame(location: FrameLocation, isTopFrame: boolean): boolean;
  /** How long after its last change a line whose row left the page is still recognized when the row returns. */
  returnWindowMs: number;
  /** The day the selector table was last checked against the live platform (YYYY-MM-DD); shown in capture reports. */
  selectorsCheckedOn: string;
  /** How the platform labels the local user ("You"), by UI language. */
  selfLabels: Readonly<Record<string, readonly string[]>>;
  /** Builds the per-call speaker reader; by default the text of the speaker element. */
  createSpeakerReader?(document: Document, knownNames: readonly string[]): SpeakerReader;
  /** The utterance's text after its row showed `shown`; by default the shown text (Zoom: rolling-window merge). */
  mergeShownText?(previous: string, shown: string): string;
  /** Whether a row that appeared showing `shown` is the known line `known` coming back. */
  rowShowsKnown?(known: string, shown: string): boolean;
  /** Rows the platform hides instead of removing them (Zoom's display:none). */
  isRowHidden?(row: Element): boolean;
  /** Row attributes whose change matters (Zoom: style, for display:none). */
  rowAttributes?: readonly string[];
  /** The platform reuses row elements for other lines (virtual lists): a changed finished row may be a new line. */
  recyclesRows?: boolean;
}
