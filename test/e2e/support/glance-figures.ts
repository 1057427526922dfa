// Measures what a rep sees of the overlay on a meeting fixture: how many words a card shows before any tap, how
// tall the panel is, how much of it lies over the buyer's tile or the captions, and whether the talk share is in
// sight without scrolling. Runs in the meeting page.
import type { Frame } from '@playwright/test';

export interface GlanceFigures {
  words: number;
  panelHeight: number;
  buyerTileOverlapPx: number;
  captionsOverlapPx: number;
  talkShareInSight: boolean;
}

/** With `cardTestId` null the panel is measured with no card showing (its words are then 0). */
export async function measureGlance(frame: Frame, cardTestId: 'nudge' | 'objection-card' | null): Promise<GlanceFigures> {
  return frame.evaluate((testId) => {
    const root = document.querySelector('discovery-coach-overlay')!.shadowRoot!;
    const card = testId ? root.querySelector<HTMLElement>(`[data-testid="${testId}"]`) : null;
    const panel = root.querySelector<HTMLElement>('.dc-panel')!.getBoundingClientRect();
    const overlap = (box: DOMRect) =>
      Math.max(0, Math.min(panel.right, box.right) - Math.max(panel.left, box.left)) *
      Math.max(0, Math.min(panel.bottom, box.bottom) - Math.max(panel.top, box.top));
    // innerText leaves out what is hidden (the steps, the why) and counts what a rep can read; marks like × and ▾ are no words.
    const words = (card?.innerText ?? '').split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
    const buyerTiles = [...document.querySelectorAll('[data-participant-id]')].filter((tile) => !tile.textContent?.includes('You'));
    const captions = document.querySelector('[role="region"][aria-label="Captions"]');
    const talk = root.querySelector('[data-testid="talk-share"]')!.getBoundingClientRect();
    const body = root.querySelector('.dc-body')!.getBoundingClientRect();
    return {
      words,
      panelHeight: Math.round(panel.height),
      buyerTileOverlapPx: Math.round(buyerTiles.reduce((sum, tile) => sum + overlap(tile.getBoundingClientRect()), 0)),
      captionsOverlapPx: captions ? Math.round(overlap(captions.getBoundingClientRect())) : 0,
      talkShareInSight: talk.height > 0 && talk.top >= body.top && talk.bottom <= body.bottom && talk.bottom <= window.innerHeight,
    };
  }, cardTestId);
}
