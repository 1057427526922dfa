import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { METHODOLOGY_TEXT } from '../../lib/engine/methodology/by-locale';
import { methodologyFromText } from '../../lib/engine/methodology/text';
import { coachingTextRequest } from '../../lib/messages';
import { serveCoachingText } from './coaching-text';

const ownContentScript = () => ({ id: fakeBrowser.runtime.id, url: 'https://meet.google.com/abc-defg-hij', tab: { id: 3 } });
const answers = async (message: unknown, sender: object) => (await fakeBrowser.runtime.onMessage.trigger(message, sender, () => {})).filter((answer: unknown) => answer !== undefined);

describe('coaching text for content scripts', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    serveCoachingText();
  });

  it('answers this extension’s own content scripts with the text of the language asked for', async () => {
    const [german] = await Promise.all(await answers(coachingTextRequest('de'), ownContentScript()));
    expect(german).toBe(METHODOLOGY_TEXT.de);
    expect(methodologyFromText(german).nudgeWording['early-pitch'].title).toBe('Zu früh für den Pitch');
    expect(await Promise.all(await answers(coachingTextRequest('en'), ownContentScript()))).toEqual([null]);
  });

  it('does not answer another extension or a request that does not parse', async () => {
    expect(await answers(coachingTextRequest('de'), { ...ownContentScript(), id: 'another-extension' })).toEqual([]);
    for (const junk of [{ type: 'coaching-text', locale: 'fr' }, { type: 'coaching-text' }, 'coaching-text', null]) {
      expect(await answers(junk, ownContentScript())).toEqual([]);
    }
  });
});
