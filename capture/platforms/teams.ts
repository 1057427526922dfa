// Microsoft Teams (web) captions. Tested on the fixture test/fixtures/teams.html, which reproduces
// teams.microsoft.com/v2/ in a meeting as described in docs/platforms.md (2026): caption lines in a
// virtualized list whose rows are removed and re-added (identical) as it scrolls, speakers that show as
// "Unknown user" until Teams resolves them.
import { createDomCaptionAdapter } from '../dom/dom-caption-adapter';
import type { CaptionSelectorTable } from '../dom/caption-spec';

const TEAMS_HOSTS = new Set(['teams.microsoft.com', 'teams.live.com', 'teams.cloud.microsoft']);

/** Stable attributes first, Fluent UI class names last. */
export const TEAMS_SELECTORS: CaptionSelectorTable = {
  // The hang-up button of the meeting toolbar (present only while in a meeting, in every UI language).
  inCall: ['button[data-tid="hangup-main-btn"]', 'button#hangup-button', '[data-tid="call-hangup"]'],
  container: [
    '[data-tid="closed-caption-renderer-wrapper"]',
    '[data-tid="closed-caption-v2-window-wrapper"]',
    '[data-tid="closed-caption-v2-virtual-list-content"]',
  ],
  row: ['.fui-ChatMessageCompact', '[data-tid="closed-caption-v2-virtual-list-content"] > div'],
  speaker: ['[data-tid="author"]', '.fui-ChatMessageCompact__author'],
  text: ['[data-tid="closed-caption-text"]'],
};

export const teamsAdapter = createDomCaptionAdapter({
  platform: 'teams',
  selectors: TEAMS_SELECTORS,
  selectorsCheckedOn: '2026-12-04',
  matchesFrame: (location, isTopFrame) => isTopFrame && TEAMS_HOSTS.has(location.hostname),
  // Rows scrolled out of the virtual list can come back long after; order and text keep them apart from new lines.
  returnWindowMs: 30 * 60_000,
  recyclesRows: true,
});
