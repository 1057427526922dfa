// The "dated next step" praise quotes the step the call agreed, never a buyer's question. Played on dev calls
// (seeds/calls/corpus/dev) whose booking window ends on a buyer's question: in one the buyer asks about uptime
// (no step is agreed there), in the other the buyer turns a proposed date down and the labels say there was no
// next step at all.
import { describe, expect, it } from 'vitest';
import halvorsenJson from '../../seeds/calls/corpus/dev/d16-halvorsen-steel-pricing.json';
import copperlineJson from '../../seeds/calls/corpus/dev/d34-copperline-discovery.json';
import prairieJson from '../../seeds/calls/corpus/dev/d55-prairie-ridge-followup.json';
import treadwellJson from '../../seeds/calls/corpus/dev/d15-treadwell-dock-followup.json';
import { readCallFile } from '../call-corpus/call-file';
import { playCorpusCall } from '../call-corpus/whole-call-score';
import { defaultClassifier } from '../classifier';

const classifier = defaultClassifier();

function nextStepPraise(json: unknown) {
  const { report, utterances } = playCorpusCall(readCallFile(json), classifier);
  const praise = report.debrief.wentWell.find((point) => point.grounding?.key === 'nextStep');
  const quoted = utterances.find((line) => line.id === praise?.grounding?.quoted?.utteranceId);
  return { nextStep: report.analysis.nextStep, praise, quoted };
}

describe('the next step praise', () => {
  it('is not given for a booking whose only date is in a buyer’s question', () => {
    const uptime = nextStepPraise(treadwellJson);
    expect(uptime.nextStep).toBe(true);
    expect(uptime.praise).toBeUndefined();
  });

  it('is not given where the buyer turned the date down (the labels say there was no next step)', () => {
    const refused = nextStepPraise(copperlineJson);
    expect(refused.praise).toBeUndefined();
  });

  it('still quotes the agreed step where there is one, the rep’s or the buyer’s', () => {
    const agreed = nextStepPraise(halvorsenJson);
    expect(agreed.quoted).toMatchObject({ role: 'buyer', text: expect.stringContaining('The eighth works') });
    const proposed = nextStepPraise(prairieJson);
    expect(proposed.quoted).toMatchObject({ role: 'rep', text: expect.stringContaining('next Thursday, the ninth, at nine') });
  });
});
