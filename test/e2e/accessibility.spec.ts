// Accessibility of what the rep sees, in real Chromium with the built extension, light and dark: axe scans of the
// popup (no calls, then a debrief), every options route, the onboarding tour and the in-call overlay (in its shadow
// root, during a replayed call), with no serious or critical violations allowed (minor and moderate ones are printed); and the
// keyboard: Tab reaches the overlay's controls in order, Escape dismisses a card, the options nav and skip link work.
import AxeBuilder from '@axe-core/playwright';
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ONBOARDING_STEPS } from '../../components/onboarding/onboarding-route';
import { CHROME_EXTENSION_DIR, launchWithExtension } from '../../scripts/browser/browser';
import { openExtensionPage } from '../../scripts/browser/extension-pages';
import { MEETING_URLS, routeMeetingSites } from '../../scripts/browser/meeting-sites';
import { loadCallScript, startCall } from '../../scripts/browser/replay';
import { saveSettings, waitForStored } from '../../scripts/browser/stored-data';

type ColorScheme = 'light' | 'dark';

const OVERLAY_HOST = 'discovery-coach-overlay';

/** A second call, imported as a transcript, so Trends has a line to draw. */
const FOLLOW_UP_TRANSCRIPT = [
  'Jordan Ellis: Thanks for joining again. Can we agree on thirty minutes and a decision on next steps at the end?',
  'Priya Shah: Sure, that works.',
  'Jordan Ellis: What happens today when a technician arrives without the right part?',
  'Priya Shah: They drive back to the depot, and the customer waits another day.',
  'Jordan Ellis: What does that cost you each month?',
  'Priya Shah: Around twelve thousand dollars in overtime and fuel.',
  'Jordan Ellis: Who else would need to weigh in on fixing that?',
  'Priya Shah: Marcus in finance, and our operations lead.',
  'Jordan Ellis: Could we book Thursday at two with Marcus to walk through the numbers?',
  'Priya Shah: Thursday at two works.',
].join('\n');

const OPTIONS_ROUTES = [
  { hash: '#/calls', heading: 'Calls' },
  { hash: '#/trends', heading: 'Trends' },
  { hash: '#/themes', heading: 'Coaching Themes' },
  { hash: '#/playbook', heading: 'Discovery Playbook' },
  { hash: '#/settings', heading: null },
  { hash: '#/data', heading: 'Import & export' },
] as const;

/** Scans with every axe rule; serious and critical findings fail the test, the rest are printed. */
async function expectNoSeriousViolations(name: string, builder: AxeBuilder) {
  const { violations, passes, incomplete } = await builder.analyze();
  const blocking = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  const lesser = violations.filter((violation) => !blocking.includes(violation));
  const described = (list: typeof violations) =>
    list.map((violation) => `${violation.impact} ${violation.id} ×${violation.nodes.length}: ${violation.help} — ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(' | ')}`);
  // What axe could not decide (text over an image or a translucent layer, say) is for a person to look at.
  const undecided = incomplete.map((result) => `${result.id} ×${result.nodes.length}`).join(', ');
  console.log(
    `axe ${name}: ${passes.length} rules pass, ${blocking.length} serious/critical, ${lesser.length} minor/moderate` +
      (lesser.length ? `\n  ${described(lesser).join('\n  ')}` : '') +
      (undecided ? `\n  needs review: ${undecided}` : ''),
  );
  expect(described(blocking), `axe: ${name}`).toEqual([]);
}

/** The overlay's focused element, seen from inside its shadow root. */
function overlayFocus(page: Page) {
  return page.evaluate((host) => {
    const active = document.querySelector(host)?.shadowRoot?.activeElement as HTMLElement | null | undefined;
    // A button's name is its aria-label or its text; a form control's is its <label>.
    const label = active && 'labels' in active ? (active as HTMLSelectElement).labels?.[0]?.textContent?.trim() : undefined;
    return active ? { name: active.getAttribute('aria-label') ?? label ?? active.textContent?.trim() ?? '', testId: active.dataset.testid ?? null, outline: getComputedStyle(active).outlineStyle } : null;
  }, OVERLAY_HOST);
}

for (const colorScheme of ['light', 'dark'] as const satisfies readonly ColorScheme[]) {
  test.describe(`accessibility (${colorScheme})`, () => {
    test.describe.configure({ mode: 'serial' });

    let context: BrowserContext;
    let meeting: Page;

    test.beforeAll(async () => {
      context = await launchWithExtension({ colorScheme });
      await routeMeetingSites(context);
      await saveSettings(context, { repNames: [loadCallScript('short-smoke').repName] });
    });

    test.afterAll(async () => context?.close());

    test('popup with no calls yet', async () => {
      const popup = await openExtensionPage(context, 'popup.html');
      await expect(popup.getByTestId('popup-empty')).toBeVisible();
      await expectNoSeriousViolations(`popup, empty (${colorScheme})`, new AxeBuilder({ page: popup }));
      await popup.close();
    });

    test('overlay during a live call', async () => {
      meeting = await context.newPage();
      await meeting.goto(MEETING_URLS.meet);
      await expect(meeting.getByTestId('captions-hint')).toBeVisible();
      await expectNoSeriousViolations(`overlay, captions reminder (${colorScheme})`, new AxeBuilder({ page: meeting }).include(OVERLAY_HOST));
      // The call stays live after its last line, so the overlay can be inspected at leisure.
      await startCall(meeting, 'meet', loadCallScript('short-smoke'), { speed: 20, endCall: false });
      await expect(meeting.getByTestId('objection-card')).toBeVisible({ timeout: 30_000 });
      await expect(meeting.getByTestId('checklist')).toBeVisible();
      await expectNoSeriousViolations(`overlay, live with an objection card (${colorScheme})`, new AxeBuilder({ page: meeting }).include(OVERLAY_HOST));
    });

    if (colorScheme === 'light') {
      test('keyboard: Tab reaches the overlay controls in order, Escape dismisses a card, motion respects the setting', async () => {
        // From the top of the meeting page, Tab reaches the coach (it comes after the meeting's own controls).
        await meeting.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        let reached = false;
        for (let presses = 0; presses < 12 && !reached; presses++) {
          await meeting.keyboard.press('Tab');
          reached = await meeting.evaluate((host) => document.activeElement?.localName === host, OVERLAY_HOST);
        }
        expect(reached, 'Tab reaches the overlay').toBe(true);
        const first = await overlayFocus(meeting);
        expect(first?.name).toMatch(/^Move the coach/);
        expect(first?.outline, 'focus is visible').not.toBe('none');

        const names = [first!.name];
        for (let presses = 0; presses < 4; presses++) {
          await meeting.keyboard.press('Tab');
          names.push((await overlayFocus(meeting))?.name ?? '(left the overlay)');
        }
        expect(names).toEqual(['Move the coach: drag, or use the arrow keys', 'Call type', 'Collapse the coach', 'Hide the coach (Alt+Shift+D)', 'Dismiss objection card']);

        await expect(meeting.getByTestId('coach-cards')).toHaveAttribute('aria-live', 'polite');
        await meeting.keyboard.press('Escape');
        await expect(meeting.getByTestId('objection-card')).toHaveCount(0);
        expect((await overlayFocus(meeting))?.testId, 'focus stays in the coach').toBe('coach-overlay');

        // Collapse and expand from the keyboard; the focus follows.
        await meeting.getByRole('button', { name: 'Collapse the coach' }).press('Enter');
        expect((await overlayFocus(meeting))?.name).toMatch(/^Expand the coach/);
        await meeting.keyboard.press('Enter');
        expect((await overlayFocus(meeting))?.name).toBe('Collapse the coach');

        const liveDotAnimation = () =>
          meeting.evaluate((host) => getComputedStyle(document.querySelector(host)!.shadowRoot!.querySelector('.dc-live-dot')!).animationName, OVERLAY_HOST);
        expect(await liveDotAnimation()).not.toBe('none');
        await meeting.emulateMedia({ reducedMotion: 'reduce' });
        expect(await liveDotAnimation()).toBe('none');
        await meeting.emulateMedia({ reducedMotion: 'no-preference' });
      });
    }

    test('popup with a debrief', async () => {
      // The rep leaves: Meet takes its call controls away (as the replay does at the end of a call), the content
      // script reports the call ended, and the background writes the debrief.
      await meeting.getByRole('toolbar', { name: 'Call controls' }).evaluate((controls) => controls.remove());
      const stored = await waitForStored(context, (data) => data.reports.length === 1);
      expect(stored.reports).toHaveLength(1);
      await meeting.close();
      const popup = await openExtensionPage(context, 'popup.html');
      await expect(popup.getByTestId('debrief')).toBeVisible();
      await expectNoSeriousViolations(`popup, debrief (${colorScheme})`, new AxeBuilder({ page: popup }));
      await popup.close();
    });

    test('options: every route', async () => {
      const options = await openExtensionPage(context, 'options.html#/data');
      await options.getByTestId('import-transcripts').setInputFiles({ name: 'initech-follow-up.txt', mimeType: 'text/plain', buffer: Buffer.from(FOLLOW_UP_TRANSCRIPT) });
      await options.getByTestId('import-confirm').click();
      await expect(options.getByTestId('import-results')).toContainText('imported as');

      for (const route of OPTIONS_ROUTES) {
        await options.evaluate((hash) => (window.location.hash = hash), route.hash);
        if (route.heading) await expect(options.getByRole('heading', { level: 1, name: route.heading })).toBeVisible();
        if (route.hash === '#/trends') await expect(options.locator('.recharts-surface').first()).toBeVisible();
        // The first status waits for the offscreen document to start and probe the graphics adapter: on a busy
        // machine that can take a while, so this waits for the state to change, with room to spare.
        if (route.hash === '#/settings') await expect(options.getByTestId('model-status')).not.toHaveText(/Checking/, { timeout: 60_000 });
        await expectNoSeriousViolations(`options ${route.hash} (${colorScheme})`, new AxeBuilder({ page: options }));
      }

      await options.evaluate(() => (window.location.hash = '#/calls'));
      await options.getByTestId('call-list').getByRole('link').first().click();
      await expect(options.getByTestId('transcript')).toBeVisible();
      await expect(options.getByTestId('call-timeline').locator('.recharts-surface').first()).toBeVisible();
      await expectNoSeriousViolations(`options call detail (${colorScheme})`, new AxeBuilder({ page: options }));
      await options.close();
    });

    test('onboarding: every tour step and the privacy policy', async () => {
      const onboarding = await openExtensionPage(context, 'onboarding.html#/welcome');
      for (const step of ONBOARDING_STEPS) {
        await onboarding.evaluate((hash) => (window.location.hash = hash), `#/${step}`);
        await expect(onboarding.getByTestId('onboarding-step')).toHaveAttribute('data-step', step);
        await expectNoSeriousViolations(`onboarding #/${step} (${colorScheme})`, new AxeBuilder({ page: onboarding }));
      }
      await onboarding.evaluate(() => (window.location.hash = '#/privacy-policy'));
      await expect(onboarding.getByTestId('privacy-policy')).toBeVisible();
      await expectNoSeriousViolations(`onboarding #/privacy-policy (${colorScheme})`, new AxeBuilder({ page: onboarding }));
      await onboarding.close();
    });

    if (colorScheme === 'light') {
      test('keyboard: the skip link and the options nav', async () => {
        const options = await openExtensionPage(context, 'options.html#/calls');
        await expect(options.getByRole('heading', { level: 1, name: 'Calls' })).toBeVisible();
        await options.keyboard.press('Tab');
        const skip = options.getByRole('link', { name: 'Skip to content' });
        await expect(skip).toBeFocused();
        await expect(skip).toBeInViewport();
        await options.keyboard.press('Enter');
        await expect(options.locator('main')).toBeFocused();
        expect(new URL(options.url()).hash, 'the skip link keeps the route').toBe('#/calls');

        await options.getByRole('link', { name: 'Skip to content' }).focus();
        const navNames: string[] = [];
        for (let presses = 0; presses < 3; presses++) {
          await options.keyboard.press('Tab');
          navNames.push(await options.evaluate(() => document.activeElement?.textContent?.trim() ?? ''));
        }
        expect(navNames).toEqual(['Calls', 'Trends', 'Coaching Themes']);
        expect(await options.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle), 'focus is visible').not.toBe('none');
        await options.keyboard.press('Shift+Tab');
        await options.keyboard.press('Enter');
        await expect(options.getByRole('heading', { level: 1, name: 'Trends' })).toBeVisible();
        await expect(options.locator('main')).toBeFocused();
        await expect(options.getByRole('link', { name: 'Trends' })).toHaveAttribute('aria-current', 'page');
        expect(await options.title()).toBe('Trends — Discovery Coach');
        await options.close();
      });
    }
  });
}

test.describe('accessibility (German UI)', () => {
  let context: BrowserContext;

  test.beforeAll(async () => {
    // Chromium's UI language comes from --lang, which launchWithExtension does not set.
    context = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'dc-profile-de-')), {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: !process.env.HEADED,
      args: [
        '--lang=de',
        `--disable-extensions-except=${CHROME_EXTENSION_DIR}`,
        `--load-extension=${CHROME_EXTENSION_DIR}`,
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
      ],
    });
  });

  test.afterAll(async () => context?.close());

  test('the popup and the options page speak German and say so', async () => {
    const popup = await openExtensionPage(context, 'popup.html');
    await expect(popup.getByRole('heading', { level: 2, name: 'Bereit für Ihr nächstes Gespräch' })).toBeVisible();
    await expect(popup.locator('html')).toHaveAttribute('lang', 'de');
    await expect(popup.getByTestId('recent-calls')).toContainText('Noch keine Gespräche');
    await expectNoSeriousViolations('popup, empty (German)', new AxeBuilder({ page: popup }));

    const options = await openExtensionPage(context, 'options.html#/calls');
    await expect(options.getByRole('heading', { level: 1, name: 'Gespräche' })).toBeVisible();
    await expect(options.locator('html')).toHaveAttribute('lang', 'de');
    await expect(options.getByRole('navigation')).toContainText('Coaching-Themen');
    await expectNoSeriousViolations('options, calls (German)', new AxeBuilder({ page: options }));
  });
});
