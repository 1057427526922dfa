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

/** Where renderers put the caption region: the stage, or a closed shadow root when the page hides its captions. */
export function captionStageOf(document: Document): ParentNode {
  return closedCaptionStages.get(document) ?? stageOf(document);
}

const closedCaptionStages = new WeakMap<Document, ShadowRoot>();

/** From now on the page draws its captions inside a closed shadow root (or, with `hidden` false, in the page again). */
export function drawCaptionsInClosedShadowRoot(document: Document, hidden: boolean): void {
  if (!hidden) {
    closedCaptionStages.delete(document);
    return;
  }
  const host = document.createElement('div');
  stageOf(document).append(host);
  closedCaptionStages.set(document, host.attachShadow({ mode: 'closed' }));
}

/** The page's captions button, shown switched on or off (label and pressed state), as the platform shows it. */
export function showCaptionsToggle(document: Document, selector: string, labels: { whenOn: string; whenOff: string }, on: boolean): void {
  const toggle = document.querySelector(selector);
  toggle?.setAttribute('aria-label', on ? labels.whenOn : labels.whenOff);
  toggle?.setAttribute('aria-pressed', String(on));
}

/** Where renderers put page parts: the fixture's stage element if it has one, otherwise the body. */
export function stageOf(document: Document): HTMLElement {
  return document.querySelector<HTMLElement>('[data-replay-stage]') ?? document.body;
}
