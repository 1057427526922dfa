import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openOnboardingOnInstall } from './onboarding';

const openUrls = async () => (await fakeBrowser.tabs.query({})).map((tab) => tab.url);

describe('onboarding on install', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    openOnboardingOnInstall();
  });

  it('opens the tour in a new tab when the extension is installed', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(await openUrls()).toContain(fakeBrowser.runtime.getURL('/onboarding.html'));
  });

  it('opens nothing on an update or a browser update', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0' });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'chrome_update' });
    expect(await openUrls()).not.toContain(fakeBrowser.runtime.getURL('/onboarding.html'));
  });
});
