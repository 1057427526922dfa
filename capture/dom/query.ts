// Selector chains: each platform lists, per thing it looks for, selectors from the most stable (role, aria-*,
// data-tid, jsname) to the most fragile (obfuscated class names). A selector the browser cannot parse (an old
// engine without :has) is skipped rather than thrown.
import type { SelectorChain } from '../../platforms/platform-definition';

export type { SelectorChain };

function safeQuery(root: ParentNode, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

/** The first element found by the chain, trying its selectors in order. */
export function queryFirst(root: ParentNode, chain: SelectorChain): Element | null {
  for (const selector of chain) {
    const found = safeQuery(root, selector);
    if (found) return found;
  }
  return null;
}

/** One selector matching anything any selector of the chain matches, without the ones the browser rejects. */
export function combinedSelector(chain: SelectorChain, document: Document): string {
  const probe = document.createDocumentFragment();
  return chain
    .filter((selector) => {
      try {
        probe.querySelector(selector);
        return true;
      } catch {
        return false;
      }
    })
    .join(', ');
}
