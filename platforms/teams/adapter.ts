// Microsoft Teams' caption reader: the shared DOM reader with Teams' definition (./platform.ts), for a virtualized
// list that recycles its rows. Tested on the fixture ./fixture.html, which reproduces teams.microsoft.com/v2/.
import { captionSpecOf, createDomCaptionAdapter } from '../../capture/dom/dom-caption-adapter';
import { teams } from './platform';

export const teamsAdapter = createDomCaptionAdapter({
  ...captionSpecOf(teams),
  // Rows scrolled out of the virtual list can come back long after; order and text keep them apart from new lines.
  returnWindowMs: 30 * 60_000,
  recyclesRows: true,
});
