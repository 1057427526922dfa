// The shape of a page region for the capture report: tags, ARIA roles, attribute names and nesting, never text
// or attribute values (lib/capture/capture-report formats it).
import type { ElementShape } from '../../lib/capture/capture-report';

/** Levels below the region described, and children described per element. */
const MAX_DEPTH = 5;
const MAX_CHILDREN = 4;

function hasOwnText(element: Element): boolean {
  for (const node of element.childNodes) if (node.nodeType === 3 && (node.textContent ?? '').trim()) return true;
  return false;
}

export function shapeOf(element: Element, depth = 0): ElementShape {
  const children = depth >= MAX_DEPTH ? [] : [...element.children].slice(-MAX_CHILDREN).map((child) => shapeOf(child, depth + 1));
  return {
    tag: element.tagName.toLowerCase(),
    role: element.getAttribute('role'),
    attributes: element.getAttributeNames().sort(),
    childCount: element.children.length,
    children,
    hasText: hasOwnText(element),
  };
}
