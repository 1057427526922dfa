import { defineConfig } from 'wxt';
import { MEETING_MATCH_PATTERNS } from './lib/meeting-sites';
import { DEFAULT_LOCALE, mergedLocales } from './locales/locale-files';

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
    // The UI strings of every area (locales/<language>/*.json) become each locale's _locales/…/messages.json.
    'build:publicAssets': (_wxt, files) => {
      for (const [locale, messages] of mergedLocales()) {
        files.push({ relativeDest: `_locales/${locale}/messages.json`, contents: JSON.stringify(messages, null, 2) });
      }
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extension_name__',
    description: '__MSG_extension_description__',
    default_locale: DEFAULT_LOCALE,
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'offscreen'],
    host_permissions: [...MEETING_MATCH_PATTERNS],
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self'; object-src 'none'"
        : { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'" },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'discovery-coach@discovery-coach.app', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
