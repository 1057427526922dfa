import { prebuiltAppConfig } from '@mlc-ai/web-llm';
import { defineConfig } from 'wxt';
import { MEETING_MATCH_PATTERNS } from './platforms/registry';
import { MODEL_TIER_SETTINGS } from './lib/model-tier/model-tier-settings';
import { MODEL_LIBS_MANIFEST_PATH, MODEL_LIBS_PACKAGE_DIR, modelLibraryPolicyFrom } from './lib/model-tier/packaged-model-libraries';
import { DEFAULT_LOCALE, mergedLocales } from './locales/locale-files';
import { readVendoredModelLibraries } from './scripts/model-libs/vendor-model-libs';
import { stripCommentKeys } from './scripts/build/strip-comment-keys';

/** Store builds (`npm run zip:store`) set WXT_MODEL_LIBS=packaged-only; read here so a wrong value fails at once. */
const MODEL_LIBRARY_POLICY = modelLibraryPolicyFrom(process.env.WXT_MODEL_LIBS);

/** The toolbar button's icon sizes (public/icon/<size>.png, drawn by scripts/make-icons.ts from public/icon.svg). */
const TOOLBAR_ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' };

// Permissions, each justified in the README's "Privacy and permissions":
// - storage: the rep's settings and the overlay's position, in the extension's own storage area.
// - host permissions: only the meeting sites whose captions the content script reads.
// - offscreen (Chrome): the document that hosts the opt-in on-device model (docs/model-tier.md).
// No remote code: the extension pages' CSP allows scripts from the extension package only; 'wasm-unsafe-eval' lets
// those packaged scripts compile WebAssembly, which the on-device model's runtime (web-llm) and its model libraries
// are made of (a store build ships the libraries too, see the build:publicAssets hook).
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  // The seed files' "$comment" keys explain them to people; the bundles (the content script's has a size budget) do
  // without them.
  vite: () => ({ plugins: [stripCommentKeys(/[\\/]seeds[\\/].+\.json$/)] }),
  hooks: {
    // Firefox has no offscreen documents, so the model tier is off there (entrypoints/background/model-tier.ts):
    // its offscreen page and web-llm (6 MB, too large for Mozilla's linter to parse) are not shipped to Firefox.
    'entrypoints:resolved': (wxt, entrypoints) => {
      if (wxt.config.browser !== 'firefox') return;
      for (const entrypoint of entrypoints) if (entrypoint.name === 'offscreen') entrypoint.skipped = true;
    },
    // The UI strings of every area (locales/<language>/*.json) become each locale's _locales/…/messages.json.
    'build:publicAssets': (wxt, files) => {
      for (const [locale, messages] of mergedLocales()) {
        files.push({ relativeDest: `_locales/${locale}/messages.json`, contents: JSON.stringify(messages, null, 2) });
      }
      // The on-device model's libraries (.wasm) fetched by `npm run fetch-model-libs`, each checked against its
      // checksum, go into the package's model-libs/ with their manifest, so the model tier loads no code from the
      // network (lib/model-tier/packaged-model-libraries.ts). A store build (WXT_MODEL_LIBS=packaged-only, `npm run
      // zip:store`) loads no library from anywhere else and cannot be made without them. Not for Firefox: no model tier.
      if (wxt.config.browser === 'firefox') return;
      const vendored = readVendoredModelLibraries(prebuiltAppConfig.model_list);
      if (!vendored) {
        if (MODEL_LIBRARY_POLICY === 'packaged-only') {
          throw new Error('WXT_MODEL_LIBS=packaged-only needs the model libraries in vendor/model-libs/: run `npm run fetch-model-libs` first');
        }
        return;
      }
      for (const { file, absolutePath } of vendored.files) files.push({ relativeDest: `${MODEL_LIBS_PACKAGE_DIR}/${file}`, absoluteSrc: absolutePath });
      files.push({ relativeDest: MODEL_LIBS_MANIFEST_PATH, absoluteSrc: vendored.manifestPath });
      const packaged = new Set(vendored.manifest.libraries.map((library) => library.modelId));
      const missing = MODEL_TIER_SETTINGS.catalog.filter((choice) => !packaged.has(choice.modelId)).map((choice) => choice.modelId);
      wxt.logger.info(`Model libraries in the package: ${vendored.files.length}, for ${packaged.size} models (${MODEL_LIBRARY_POLICY})`);
      if (missing.length > 0) {
        const consequence = MODEL_LIBRARY_POLICY === 'packaged-only' ? 'the options page shows them as unavailable' : 'web-llm downloads theirs';
        wxt.logger.warn(`No packaged model library for ${missing.join(', ')}: ${consequence}`);
      }
    },
  },
  // The sources zip addons.mozilla.org asks for: the repository as committed, without generated test output or the
  // downloaded model libraries (Firefox has no model tier).
  zip: { excludeSources: ['artifacts/**', 'test-results/**', 'playwright-report/**', 'vendor/model-libs/**'] },
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
