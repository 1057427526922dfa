import { defineConfig } from 'wxt';
import { MEETING_MATCH_PATTERNS } from './lib/meeting-sites';
import { DEFAULT_LOCALE, mergedLocales } from './locales/locale-files';

/** The toolbar button's icon sizes (public/icon/<size>.png, drawn by scripts/make-icons.ts from public/icon.svg). */
const TOOLBAR_ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' };

// Permissions, each justified in the README's "Privacy and permissions":
// - storage: the rep's settings and the overlay's position, in the extension's own storage area.
// - host permissions: only the meeting sites whose captions the content script reads.
// - offscreen (Chrome): the document that hosts the opt-in on-device model (docs/model-tier.md).
// No remote code: the extension pages' CSP allows scripts from the extension package only; 'wasm-unsafe-eval' lets
// those packaged scripts compile WebAssembly, which the on-device model's runtime (web-llm) is made of.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  hooks: {
    // Firefox has no offscreen documents, so the model tier is off there (entrypoints/background/model-tier.ts):
    // its offscreen page and web-llm (6 MB, too large for Mozilla's linter to parse) are not shipped to Firefox.
    'entrypoints:resolved': (wxt, entrypoints) => {
      if (wxt.config.browser !== 'firefox') return;
      for (const entrypoint of entrypoints) if (entrypoint.name === 'offscreen') entrypoint.skipped = true;
    },
    // The UI strings of every area (locales/<language>/*.json) become each locale's _locales/…/messages.json.
    'build:publicAssets': (_wxt, files) => {
      for (const [locale, messages] of mergedLocales()) {
        files.push({ relativeDest: `_locales/${locale}/messages.json`, contents: JSON.stringify(messages, null, 2) });
      }
    },
  },
  // The sources zip addons.mozilla.org asks for: the repository as committed, without generated test output.
  zip: { excludeSources: ['artifacts/**', 'test-results/**', 'playwright-report/**'] },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extension_name__',
    description: '__MSG_extension_description__',
    default_locale: DEFAULT_LOCALE,
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'offscreen'],
    host_permissions: [...MEETING_MATCH_PATTERNS],
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self'; object-src 'none'"
        : { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'" },
    // WXT fills `icons` from public/icon/ itself, but not the toolbar button's.
    [manifestVersion === 2 ? 'browser_action' : 'action']: { default_icon: TOOLBAR_ICONS },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // data_collection_permissions ("collects nothing") is understood from Firefox 140 and Firefox for Android 142.
            gecko: { id: 'discovery-coach@discovery-coach.app', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
