// How the reader tells which elements are caption rows: by the platform's row selectors, or, when those fail, as
// the element children of the row list the structural fallback found. Observing and binding rows works the same
// either way.
export interface RowMatcher {
  /** The row that is or contains `element`, strictly inside `root`, or null. */
  rowAround(element: Element, root: Element): Element | null;
  /** The rows that are `element` or lie inside it, in document order. */
  rowsAt(element: Element): Element[];
  /** Whether `element` contains a row (a wrapper around rows is not a row itself). */
  holdsRows(element: Element): boolean;
}

/** Rows are what the platform's (combined) row selector matches. */
export function selectorRows(selector: string): RowMatcher {
  return {
    rowAround(element, root) {
      const match = element.closest(selector);
      return match && match !== root && root.contains(match) ? match : null;
    },
    rowsAt(element) {
      const rows = element.matches(selector) ? [element] : [];
      rows.push(...element.querySelectorAll(selector));
      return rows;
    },
    holdsRows: (element) => element.querySelector(selector) !== null,
  };
}

/** Rows are the element children of `list`. */
export function childRows(list: Element): RowMatcher {
  return {
    rowAround(element, root) {
      for (let node: Element | null = element; node && node !== root; node = node.parentElement) {
        if (node.parentElement === list) return root.contains(node) ? node : null;
      }
      return null;
    },
    rowsAt(element) {
      if (element.parentElement === list) return [element];
      return element === list || element.contains(list) ? [...list.children] : [];
    },
    holdsRows: (element) => element === list || element.contains(list),
  };
}
