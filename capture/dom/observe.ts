// observe(root, rows, callback, {signal}): the one place that turns DOM mutations under `root` into "these
// caption rows were added or changed, these were removed", one callback per mutation batch (the browser
// already batches a task's mutations into one MutationObserver call). Work per mutation is one row lookup
// (a closest() for selector rows); everything else happens once per batch. Stops when the signal aborts.
import type { RowMatcher } from './row-matcher';

export interface ObservedChanges {
  /** Matching elements added, or whose content (or a watched attribute) changed, in no particular order. */
  touched: Element[];
  /** Matching elements that left `root` in this batch (an element moved within `root` counts as touched). */
  removed: Element[];
}

export interface ObserveOptions {
  signal: AbortSignal;
  /** Attributes whose change counts as a change of the matching element that carries them or contains them. */
  attributeFilter?: readonly string[];
}

const ELEMENT_NODE = 1;

function collect(node: Node, rows: RowMatcher, into: Set<Element>): void {
  if (node.nodeType !== ELEMENT_NODE) return;
  for (const row of rows.rowsAt(node as Element)) into.add(row);
}

function enclosing(node: Node, rows: RowMatcher, root: Element): Element | null {
  const element = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
  return element ? rows.rowAround(element, root) : null;
}

/** Calls back now with every row under `root`, then once per mutation batch with what changed. */
export function observe(
  root: Element,
  rows: RowMatcher,
  callback: (changes: ObservedChanges) => void,
  options: ObserveOptions,
): void {
  if (options.signal.aborted) return;
  callback({ touched: rows.rowsAt(root).filter((row) => row !== root), removed: [] });
  const observer = new MutationObserver((records) => {
    const touched = new Set<Element>();
    const removed = new Set<Element>();
    for (const record of records) {
      const around = enclosing(record.target, rows, root);
      if (around) touched.add(around);
      for (const node of record.addedNodes) collect(node, rows, touched);
      for (const node of record.removedNodes) collect(node, rows, removed);
    }
    for (const element of removed) {
      if (root.contains(element)) removed.delete(element);
      else touched.delete(element);
    }
    for (const element of touched) if (!root.contains(element)) touched.delete(element);
    if (touched.size > 0 || removed.size > 0) callback({ touched: [...touched], removed: [...removed] });
  });
  const attributeFilter = options.attributeFilter ? [...options.attributeFilter] : undefined;
  observer.observe(root, {
    childList: true,
    subtree: true,
    characterData: true,
    ...(attributeFilter ? { attributes: true, attributeFilter } : {}),
  });
  options.signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
