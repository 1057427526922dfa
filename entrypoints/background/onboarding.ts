// First run: the tour (entrypoints/onboarding) opens in a tab when the extension is installed, not on updates or
// browser restarts. tabs.create needs no permission for the extension's own pages.
import { browser } from 'wxt/browser';

export const ONBOARDING_PATH = '/onboarding.html';

export function openOnboardingOnInstall() {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    void browser.tabs.create({ url: browser.runtime.getURL(ONBOARDING_PATH) });
  });
}
