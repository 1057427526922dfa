// A platform redesign, simulated: the caption DOM a renderer writes is reshaped the way a new version of Meet,
// Teams or Zoom reshapes it — class names randomized or removed, data attributes and ids renamed, extra or fewer
// wrapper levels, speaker and text in the other order. Renderers build caption parts with captionElement(); once
// a redesign is applied to a document, new parts come out reshaped and existing ones get the new names.
// Roles and aria-* stay: they are the accessibility contract a redesign rarely breaks.
import { createSeededRandom } from '../../lib/seeded-random';
import { element } from './caption-renderer';

export interface RedesignOptions {
  seed: number;
  /** Class names: kept, randomized, or removed. */
  classes: 'kept' | 'randomized' | 'removed';
  /** Rename data-* attributes, ids and jsname (values kept). */
  renameAttributes: boolean;
  /** Extra wrapper levels put around an element's element children. */
  extraWrappers: number;
  /** Drop wrappers that hold a single element and no text (fewer levels). */
  flatten: boolean;
  /** Elements with two element children list them in the other order (the speaker after the text). */
  swapPairs: boolean;
}

interface ActiveRedesign {
  options: RedesignOptions;
  classNames: Map<string, string>;
  random: () => number;
}

const STABLE_ATTRIBUTES = /^(role|aria-.*|tabindex|type|dir|alt|src|style|hidden|width|height)$/;
const active = new WeakMap<Document, ActiveRedesign>();
const captionParts = new WeakMap<Document, WeakSet<Element>>();

function renamedClass(redesign: ActiveRedesign, name: string): string {
  if (redesign.options.classes === 'kept') return name;
  if (redesign.options.classes === 'removed') return '';
  let renamed = redesign.classNames.get(name);
  if (!renamed) {
    renamed = `c${Math.floor(redesign.random() * 36 ** 5).toString(36)}`;
    redesign.classNames.set(name, renamed);
  }
  return renamed;
}

function renamedAttributes(redesign: ActiveRedesign, attributes: Record<string, string>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'class') {
      const classes = value.split(/\s+/).map((token) => renamedClass(redesign, token)).filter(Boolean).join(' ');
      if (classes) result.class = classes;
    } else if (redesign.options.renameAttributes && !STABLE_ATTRIBUTES.test(name)) {
      result[`data-v2-${name.replace(/^data-/, '')}`] = value;
    } else result[name] = value;
  }
  return result;
}

function renameInPlace(redesign: ActiveRedesign, part: Element): void {
  const attributes = Object.fromEntries(part.getAttributeNames().map((name) => [name, part.getAttribute(name) ?? '']));
  for (const name of Object.keys(attributes)) part.removeAttribute(name);
  for (const [name, value] of Object.entries(renamedAttributes(redesign, attributes))) part.setAttribute(name, value);
}

/** Reshapes the caption DOM of `document` from now on (null: the original design), and renames the parts on the page. */
export function applyRedesign(document: Document, options: RedesignOptions | null): void {
  if (!options) {
    active.delete(document);
    return;
  }
  const redesign: ActiveRedesign = { options, classNames: new Map(), random: createSeededRandom(options.seed) };
  active.set(document, redesign);
  const parts = captionParts.get(document);
  if (!parts) return;
  for (const part of document.querySelectorAll('*')) if (parts.has(part)) renameInPlace(redesign, part);
}

/** A caption part, as the page's current design draws it. */
export function captionElement(
  document: Document,
  tag: string,
  attributes: Record<string, string> = {},
  children: (Node | string)[] = [],
): HTMLElement {
  const redesign = active.get(document);
  const remember = (created: HTMLElement) => {
    let parts = captionParts.get(document);
    if (!parts) captionParts.set(document, (parts = new WeakSet()));
    parts.add(created);
    return created;
  };
  if (!redesign) return remember(element(document, tag, attributes, children));
  const { extraWrappers, flatten, swapPairs } = redesign.options;
  const elementsOnly = children.length > 0 && children.every((child) => typeof child !== 'string');
  if (flatten && elementsOnly && children.length === 1 && tag === 'div') return children[0] as HTMLElement;
  let inner = swapPairs && elementsOnly && children.length === 2 ? [children[1]!, children[0]!] : children;
  if (elementsOnly) for (let level = 0; level < extraWrappers; level++) inner = [element(document, 'div', {}, inner)];
  return remember(element(document, tag, renamedAttributes(redesign, attributes), inner));
}
