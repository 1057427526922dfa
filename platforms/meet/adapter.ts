// Google Meet's caption reader: the shared DOM reader with Meet's definition (./platform.ts). Tested on the fixture
// ./fixture.html, which reproduces meet.google.com/abc-defg-hij.
import { captionSpecOf, createDomCaptionAdapter } from '../../capture/dom/dom-caption-adapter';
import { meet } from './platform';

export const meetAdapter = createDomCaptionAdapter({
  ...captionSpecOf(meet),
  // Meet re-renders only recent history, a minute or two of it.
  returnWindowMs: 5 * 60_000,
});
