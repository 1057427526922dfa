import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SHIPPED_WEIGHTS } from '../../lib/classifier';
import { CLASSIFIER_WEIGHTS_REQUEST } from '../../lib/messages';
import { serveClassifierWeights } from './classifier-weights';

const ownContentScript = () => ({ id: fakeBrowser.runtime.id, url: 'https://meet.google.com/abc-defg-hij', tab: { id: 3 } });
const answers = async (message: unknown, sender: object) => (await fakeBrowser.runtime.onMessage.trigger(message, sender, () => {})).filter((answer: unknown) => answer !== undefined);

describe('classifier weights for content scripts', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    serveClassifierWeights();
  });

  it('answers this extension’s own contexts with the shipped weights', async () => {
    expect(await Promise.all(await answers(CLASSIFIER_WEIGHTS_REQUEST, ownContentScript()))).toEqual([SHIPPED_WEIGHTS]);
  });

  it('does not answer another extension, a sender without an id, or a request that does not parse', async () => {
    expect(await answers(CLASSIFIER_WEIGHTS_REQUEST, { ...ownContentScript(), id: 'another-extension' })).toEqual([]);
    expect(await answers(CLASSIFIER_WEIGHTS_REQUEST, { url: 'https://meet.google.com/abc-defg-hij' })).toEqual([]);
    for (const junk of [{ type: 'classifier-weights ' }, { type: 'weights' }, 'classifier-weights', null, { kind: 'classifier-weights' }]) {
      expect(await answers(junk, ownContentScript())).toEqual([]);
    }
  });
});
