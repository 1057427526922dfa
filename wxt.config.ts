import { defineConfig } from 'wxt';
import { MEETING_MATCH_PATTERNS } from './lib/meeting-sites';

// Permissions, each justified in the README's "Privacy and permissions":
// - storage: the rep's settings and the overlay's position, in the extension's own storage area.
// - host permissions: only the meeting sites whose captions the content script reads.
// - offscreen (Chrome): the document that hosts the opt-in on-device model (docs/model-tier.md).
// No remote code: the extension pages' CSP allows scripts from the extension package only; 'wasm-unsafe-eval' lets
// those packaged scripts compile WebAssembly, which the on-device model's runtime (web-llm) is made of.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Discovery Coach',
    description: 'Live discovery coaching during sales calls. Reads the meeting captions and runs entirely on your machine.',
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
