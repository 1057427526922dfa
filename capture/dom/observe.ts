// observe(root, selector, callback, {signal}): the one place that turns DOM mutations under `root` into "these
// matching elements were added or changed, these were removed", one callback per mutation batch (the browser
// already batches a task's mutations into one MutationObserver call). Work per mutation is a closest() lookup;
// everything else happens once per batch. Stops when the signal aborts.

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

function collect(node: Node, selector: string, into: Set<Element>): void {
  if (node.nodeType !== ELEMENT_NODE) return;
  const element = node as Element;
  if (element.matches(selector)) into.add(element);
  for (const inner of element.querySelectorAll(selector)) into.add(inner);
}

function enclosing(node: Node, selector: string, root: Element): Element | null {
  const element = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
  const match = element?.closest(selector) ?? null;
  return match && match !== root && root.contains(match) ? match : null;
}

/** Calls back now with every match under `root`, then once per mutation batch with what changed. */
export function observe(
  root: Element,
  selector: string,
  callback: (changes: ObservedChanges) => void,
  options: ObserveOptions,
): void {
  if (options.signal.aborted || !selector) return;
  callback({ touched: [...root.querySelectorAll(selector)], removed: [] });
  const observer = new MutationObserver((records) => {
    const touched = new Set<Element>();
    const removed = new Set<Element>();
    for (const record of records) {
      const around = enclosing(record.target, selector, root);
      if (around) touched.add(around);
      for (const node of record.addedNodes) collect(node, selector, touched);
      for (const node of record.removedNodes) collect(node, selector, removed);
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
