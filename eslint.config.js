// ESLint: typescript-eslint's recommended rules, and the one rule this project leans on, the layer boundaries
// (eslint-plugin-boundaries). Each layer imports only the layers below it:
//
//   lib  ←  capture, store  ←  components  ←  entrypoints          scripts, test: on top, may import anything
//
// - lib: the pure core (no DOM, no browser.*, no React); imports nothing of the project outside lib but data.
// - capture: reading captions from the meeting page (DOM reader, replay) and the live call loop
//   (capture/live/: captions → engine → overlay state and the outbox to the background).
// - platforms/: one folder per meeting platform. Its definition (platforms/*/platform.ts), the definition's shape and
//   the registry are pure data on the lib layer, so lib code derives from them; the rest of the folder (the caption
//   adapter, the replay renderer) is DOM code on the capture layer.
// - store: the IndexedDB store (Dexie), its records and queries.
// - components: React views; entrypoints: the extension's thin entry points (content script, background, pages).
// - data (seeds/, locales/, docs/, types/) may be imported from any layer.
// Tests beside the code (*.test.ts(x)) may also import test helpers (test/, **/test-support.ts, capture/testing/,
// components/test-fixtures/); code that ships may not.
import boundaries from 'eslint-plugin-boundaries';
import tseslint from 'typescript-eslint';

const DATA = ['seeds', 'locales', 'docs', 'types'];
/** Each layer and what it may import (itself included). */
const LAYERS = {
  lib: ['lib'],
  capture: ['capture', 'lib'],
  store: ['store', 'lib'],
  components: ['components', 'capture', 'store', 'lib'],
  entrypoints: ['entrypoints', 'components', 'capture', 'store', 'lib'],
};
const TOP = ['scripts', 'test'];
/** The pure part of platforms/: on the lib layer (and in tsconfig.core.json's DOM-free check); the rest is capture. */
const PURE_PLATFORM_FILES = ['platforms/platform-definition.ts', 'platforms/registry.ts', 'platforms/*/platform.ts'];
const PURE_PLATFORM = { element: { type: 'platforms' }, file: { categories: 'pure-platform' } };
/** platforms/ sits on two layers: a layer that may import lib may import its pure files, one that may import capture all of it. */
const platformPolicies = (from, below) => [
  ...(below.includes('lib') ? [{ from, allow: { to: PURE_PLATFORM } }] : []),
  ...(below.includes('capture') ? [{ from, allow: { to: { element: { type: 'platforms' } } } }] : []),
];
const TEST_HELPERS = ['test/**', '**/test-support.ts', 'capture/testing/**', 'components/test-fixtures/**'];

export default tseslint.config(
  { ignores: ['node_modules/**', '.output/**', '.wxt/**', 'artifacts/**', 'test-results/**', 'playwright-report/**', 'vendor/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { typescript: { project: './tsconfig.json' } },
      'boundaries/elements': [
        { type: 'platforms', pattern: 'platforms', partialMatch: false },
        ...Object.keys(LAYERS).map((layer) => ({ type: layer, pattern: layer, partialMatch: false })),
        ...TOP.map((layer) => ({ type: layer, pattern: layer, partialMatch: false })),
        ...DATA.map((folder) => ({ type: 'data', pattern: folder, partialMatch: false })),
      ],
      'boundaries/files': [
        { category: 'test', pattern: '**/*.test.{ts,tsx}' },
        ...TEST_HELPERS.map((pattern) => ({ category: 'test-helper', pattern })),
        ...PURE_PLATFORM_FILES.map((pattern) => ({ category: 'pure-platform', pattern })),
      ],
    },
    rules: {
      // A leading underscore marks a binding kept on purpose (a destructured field left out of a copy, say).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          // Imports inside one element are checked too: platforms/ holds both layers.
          checkInternals: true,
          policies: [
            // Packages and Node's own modules: any layer (lib/'s purity is typechecked by tsconfig.core.json).
            { allow: { to: { origin: ['external', 'core'] } } },
            { allow: { to: { element: { type: 'data' } } } },
            ...Object.entries(LAYERS).flatMap(([layer, below]) => [
              { from: { element: { type: layer } }, allow: { to: { element: { types: { anyOf: below } } } } },
              ...platformPolicies({ element: { type: layer } }, below),
            ]),
            // platforms/: the adapters and renderers as capture; then (the last matching policy decides) the pure files
            // as lib, which may import lib and the pure files only.
            { from: { element: { type: 'platforms' } }, allow: { to: { element: { types: { anyOf: LAYERS.capture } } } } },
            ...platformPolicies({ element: { type: 'platforms' } }, LAYERS.capture),
            { from: PURE_PLATFORM, disallow: { to: { element: { types: { anyOf: ['capture', 'platforms'] } } } } },
            ...platformPolicies(PURE_PLATFORM, LAYERS.lib),
            ...TOP.map((layer) => ({ from: { element: { type: layer } }, allow: { to: { element: { type: '*' } } } })),
            // Test helpers are for tests: code that ships may not import them; tests beside the code and helpers may.
            {
              from: { element: { types: { anyOf: [...Object.keys(LAYERS), 'platforms'] } }, file: { categories: { noneOf: ['test', 'test-helper'] } } },
              disallow: { to: { file: { categories: 'test-helper' } } },
            },
            { from: { file: { categories: { anyOf: ['test', 'test-helper'] } } }, allow: { to: { file: { categories: 'test-helper' } } } },
            // The shipped-weights check reads the corpus and the call openings the way the trainer does (scripts/train.ts
            // and its reader scripts/cli/corpus-calls.ts are what it checks).
            { from: { file: { path: 'lib/classifier/shipped-weights.test.ts' } }, allow: { to: { file: { path: 'scripts/train.ts' } } } },
            { from: { file: { path: 'lib/classifier/shipped-weights.test.ts' } }, allow: { to: { file: { path: 'scripts/cli/corpus-calls.ts' } } } },
          ],
        },
      ],
    },
  },
  {
    // Tests and tools poke at browser internals and JSON; an `any` there is not a hole in the shipped code.
    files: ['**/*.test.{ts,tsx}', 'test/**', 'scripts/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
