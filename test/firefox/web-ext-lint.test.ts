// Mozilla's add-on linter (the checks addons.mozilla.org runs on upload) on the built Firefox extension: no errors.
// Warnings are printed, not failed: what is left comes from bundled libraries (React's dangerouslySetInnerHTML
// path, zod's and decimal.js's `Function` feature probes), none of which the extension calls with page input.
// Reads the build: `npm test` builds before the unit tests; on its own, run `npx wxt build -b firefox` first.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import webExt from 'web-ext';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIREFOX_BUILD = path.join(ROOT, '.output/firefox-mv2');

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
}

interface LintResult {
  count: number;
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

const describeMessage = (message: LintMessage) => `${message.code}: ${message.message}${message.file ? ` (${message.file}${message.line ? `:${message.line}` : ''})` : ''}`;

describe('Firefox build', () => {
  it('passes Mozilla’s add-on linter with no errors', async () => {
    if (!existsSync(path.join(FIREFOX_BUILD, 'manifest.json'))) {
      throw new Error(`no Firefox build at ${path.relative(ROOT, FIREFOX_BUILD)}: run \`npx wxt build -b firefox\` first`);
    }
    const result = (await webExt.cmd.lint(
      { sourceDir: FIREFOX_BUILD, output: 'none', selfHosted: false, boring: true, pretty: false, warningsAsErrors: false },
      { shouldExitProgram: false },
    )) as LintResult;

    for (const warning of result.warnings) console.warn(`web-ext lint warning — ${describeMessage(warning)}`);
    expect(result.errors.map(describeMessage)).toEqual([]);
    expect(result.summary.errors).toBe(0);
  }, 120_000);

  it('ships the icons and leaves the Chrome-only model host out', () => {
    if (!existsSync(path.join(FIREFOX_BUILD, 'manifest.json'))) throw new Error('no Firefox build: run `npx wxt build -b firefox` first');
    const manifest = JSON.parse(readFileSync(path.join(FIREFOX_BUILD, 'manifest.json'), 'utf8'));
    expect(Object.keys(manifest.icons)).toEqual(['16', '32', '48', '96', '128']);
    expect(manifest.browser_action.default_icon).toBeDefined();
    expect(manifest.permissions).not.toContain('offscreen');
    expect(existsSync(path.join(FIREFOX_BUILD, 'offscreen.html'))).toBe(false);
    expect(existsSync(path.join(FIREFOX_BUILD, 'onboarding.html'))).toBe(true);
  });
});
