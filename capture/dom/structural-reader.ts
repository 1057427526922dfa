// The structural fallback reader: when a platform's selectors find nothing, it finds the caption region by what
// live captions do rather than by class names. It watches the page for text that rewrites itself like a live
// caption (lib/capture/live-caption-growth); two such rewriting elements in different rows give the row list
// (their closest common ancestor, whose children are the rows), the text's place in a row, and the speaker's
// place: the short, stable text beside the growing one. Chat panels and toasts add whole elements and never
// rewrite one in place, so they are never taken for captions.
import { isLiveCaptionRewrite } from '../../lib/capture/live-caption-growth';
import type { RowParts } from './caption-spec';

/** The structure found: rows are `list`'s element children; `parts` finds text and speaker inside a row. */
export interface CaptionStructure {
  list: Element;
  parts: RowParts;
}

export interface CaptionDiscovery {
  /** When caption-like rewriting was last seen, or null. */
  lastGrowthAt(): number | null;
  /** The latest element seen rewriting itself, for the capture report. */
  lastRewritten(): Element | null;
  stop(): void;
}

export interface DiscoveryOptions {
  now: () => number;
  onFound(structure: CaptionStructure): void;
}

/** Longest text taken for a speaker label. */
const MAX_SPEAKER_CHARS = 80;
/** Rewriting elements remembered while looking for a second one. */
const MAX_LIVE_ELEMENTS = 12;

type ChildPath = readonly number[];

function pathFrom(ancestor: Element, element: Element): ChildPath {
  const path: number[] = [];
  for (let node: Element = element; node !== ancestor && node.parentElement; node = node.parentElement) {
    path.unshift([...node.parentElement.children].indexOf(node));
  }
  return path;
}

function atPath(row: Element, path: ChildPath): Element | null {
  let node: Element | null = row;
  for (const index of path) node = node?.children[index] ?? null;
  return node;
}

function ownText(element: Element): string {
  let text = '';
  for (const node of element.childNodes) if (node.nodeType === 3) text += node.textContent ?? '';
  return text.trim();
}

/** Elements in `row` that name something: their own text, or an image's alt text. */
function labelledLeaves(row: Element): Element[] {
  return [...row.querySelectorAll('*')].filter((element) =>
    element.tagName === 'IMG' ? (element.getAttribute('alt') ?? '').trim().length > 0 : ownText(element).length > 0,
  );
}

function commonAncestor(a: Element, b: Element): Element | null {
  for (let node: Element | null = a.parentElement; node; node = node.parentElement) if (node.contains(b)) return node;
  return null;
}

function childOfContaining(list: Element, element: Element): Element | null {
  for (let node: Element | null = element; node; node = node.parentElement) if (node.parentElement === list) return node;
  return null;
}

/** The row structure around two rewriting elements, or null when they do not sit in sibling rows with a speaker. */
export function structureAround(live: Element, other: Element): CaptionStructure | null {
  const list = commonAncestor(live, other);
  if (!list || list === live || list === other) return null;
  const row = childOfContaining(list, live);
  if (!row || row === childOfContaining(list, other)) return null;
  const speaker = labelledLeaves(row).find(
    (leaf) => !leaf.contains(live) && !live.contains(leaf) && (leaf.textContent ?? '').trim().length <= MAX_SPEAKER_CHARS,
  );
  if (!speaker) return null;
  const textPath = pathFrom(row, live);
  const speakerPath = pathFrom(row, speaker);
  const speakerIsImage = speaker.tagName === 'IMG';
  return {
    list,
    parts: {
      textOf: (candidate) => atPath(candidate, textPath),
      speakerOf: (candidate) => {
        const found = atPath(candidate, speakerPath);
        // An avatar photo names its speaker in alt text; readers look for the image inside what they are given.
        return speakerIsImage ? (found?.parentElement ?? null) : found;
      },
    },
  };
}

function previousText(record: MutationRecord): string | null {
  if (record.type === 'characterData') return record.oldValue;
  if (record.removedNodes.length === 0 || record.addedNodes.length === 0) return null;
  let removed = '';
  for (const node of record.removedNodes) removed += node.textContent ?? '';
  return removed;
}

/** Watches `document` for live-caption rewriting until it finds the caption rows (then calls onFound once) or stops. */
export function discoverCaptions(document: Document, options: DiscoveryOptions): CaptionDiscovery {
  const live: Element[] = [];
  let lastGrowthAt: number | null = null;
  let found = false;
  const observer = new MutationObserver((records) => {
    if (found) return;
    for (const record of records) {
      const element = record.type === 'characterData' ? record.target.parentElement : (record.target as Element);
      const before = previousText(record);
      if (!element || before === null || !isLiveCaptionRewrite(before, element.textContent ?? '')) continue;
      lastGrowthAt = options.now();
      if (!live.includes(element)) live.unshift(element);
      live.splice(MAX_LIVE_ELEMENTS);
    }
    const [newest, ...others] = live.filter((element) => element.isConnected);
    if (!newest) return;
    for (const other of others) {
      const structure = structureAround(newest, other);
      if (!structure) continue;
      found = true;
      observer.disconnect();
      options.onFound(structure);
      return;
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true, characterDataOldValue: true });
  return {
    lastGrowthAt: () => lastGrowthAt,
    lastRewritten: () => live[0] ?? null,
    stop: () => observer.disconnect(),
  };
}
