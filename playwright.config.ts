import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';

// Two browsers at once where there are two cores (the whole e2e suite then takes about 5 minutes instead of 10);
// E2E_WORKERS overrides. Each spec file runs in one worker, in order, so files never share a browser profile.
const DEFAULT_WORKERS = availableParallelism() >= 2 ? 2 : 1;

export default defineConfig({
  testDir: './test/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 120_000,
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? DEFAULT_WORKERS),
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  outputDir: 'test-results',
});
