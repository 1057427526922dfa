// The shape every replay renderer has: it owns one platform's caption DOM in a document and writes timeline
// steps into it the way the real page would, including the page's own habits (re-created containers, virtual
// row churn, rolling windows, hidden idle rows).
import type { CallScript } from '../../lib/call-script/call-script';
import type { CaptionStep, CaptionTimeline } from '../../lib/call-script/caption-timeline';

export interface ReplayPageOptions {
  /** Meet: remove and re-create the caption region every this many call seconds, re-rendering recent history. */
  recreateContainerEverySec?: number;
  /** Teams: remove and re-add virtual rows (true: every 20 call seconds, or every this many call seconds), and
   *  show each buyer as "Unknown user" at first, renamed a few seconds later. */
  rowChurn?: boolean | number;
  /** Zoom: how many words a caption row shows at most (its rolling window). */
  rollingWindowWords?: number;
  /** Add "X joined"-style notice rows without a speaker (Meet, Teams). Default true. */
  systemNotices?: boolean;
  seed?: number;
}

export interface CaptionRenderer {
  /** Puts the in-call chrome (unless the page already has it) and the caption container into the document. */
  start(): void;
  apply(step: CaptionStep): void;
  /** Runs the page's own timed habits due at `callMs` (after the steps due then were applied). */
  advance(callMs: number): void;
  /** The call ends: the in-call marker and the captions go. */
  endCall(): void;
}

export interface RendererInput {
  document: Document;
  script: CallScript;
  timeline: CaptionTimeline;
  options: ReplayPageOptions;
}

export type RendererFactory = (input: RendererInput) => CaptionRenderer;

/** Creates an element with attributes and children; text children are set as text, never parsed as markup. */
export function element(
  document: Document,
  tag: string,
  attributes: Record<string, string> = {},
  children: (Node | string)[] = [],
): HTMLElement {
  const created = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) created.setAttribute(name, value);
  for (const child of children) created.append(typeof child === 'string' ? document.createTextNode(child) : child);
  return created;
}

/** Where renderers put page parts: the fixture's stage element if it has one, otherwise the body. */
export function stageOf(document: Document): HTMLElement {
  return document.querySelector<HTMLElement>('[data-replay-stage]') ?? document.body;
}
