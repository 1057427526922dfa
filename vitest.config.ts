import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['node_modules/**', '.output/**', 'test/e2e/**'],
    environment: 'node',
    // A safety net for a hung test, not a speed check: on a busy 2-core CI machine a test that spawns the CLI (tsx
    // compiling on start) or builds a memory over many calls took more than vitest's default 5 s. Speed is checked by
    // the benchmarks (`npm run bench`), which print figures.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
