// The built Chrome extension (.output/chrome-mv3) asks for exactly the permissions docs/security.md justifies,
// keeps the CSP that allows no remote or inline code, exposes nothing to web pages, and ships no code that turns
// strings into code, except two known library probes that cannot run here (listed below with why).
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { MEETING_MATCH_PATTERNS } from '../../platforms/registry';
import { CHROME_EXTENSION_DIR } from '../../scripts/browser/browser';

interface Manifest {
  [key: string]: unknown;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_security_policy?: { extension_pages?: string; sandbox?: string };
  content_scripts?: Array<{ matches: string[]; js?: string[]; css?: string[]; world?: string; all_frames?: boolean }>;
  background?: { service_worker?: string; type?: string };
}

const manifest = (): Manifest => JSON.parse(readFileSync(path.join(CHROME_EXTENSION_DIR, 'manifest.json'), 'utf8'));

function filesUnder(directory: string, extension: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const full = path.join(directory, name);
    if (statSync(full).isDirectory()) return filesUnder(full, extension);
    return full.endsWith(extension) ? [full] : [];
  });
}

/** Code that turns a string into code, wherever it stands as a call (not `x.getFunction(`, `evaluate(`, …). */
const STRING_TO_CODE = [/(?<![\w$.])eval\s*\(/g, /\bnew\s+Function\s*\(/g, /(?<![\w$.])Function\s*\(/g, /\bset(?:Timeout|Interval)\s*\(\s*["'`]/g, /\bimportScripts\s*\(/g];

/**
 * Known, harmless occurrences, recognized by the code around them:
 * - zod's check whether it may compile validators with `Function` (`try { Function('') } catch { … }`); the
 *   extension's CSP (no 'unsafe-eval', also for content scripts) makes it throw, and zod validates without compiling;
 * - decimal.js (a chart library dependency) finding the global object with `Function('return this')` only where
 *   `self` does not exist; every extension page has `self`.
 */
const ALLOWED = [/try\{return Function\(``\),!0\}catch\{return!1\}/, /self\.self==self\?self:Function\(`return this`\)\(\)/];

test('the manifest asks for storage, offscreen and the meeting sites only, with a CSP that allows no remote or inline code', () => {
  const built = manifest();
  expect(built.manifest_version).toBe(3);
  expect([...(built.permissions ?? [])].sort()).toEqual(['offscreen', 'storage']);
  expect([...(built.host_permissions ?? [])].sort()).toEqual([...MEETING_MATCH_PATTERNS].sort());
  for (const absent of ['optional_permissions', 'optional_host_permissions', 'web_accessible_resources', 'externally_connectable', 'sandbox', 'update_url', 'key', 'chrome_url_overrides', 'declarative_net_request']) {
    expect(built[absent], absent).toBeUndefined();
  }
  expect(built.content_security_policy).toEqual({ extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'" });
  expect(built.background).toEqual({ service_worker: 'background.js', type: 'module' });
  for (const script of built.content_scripts ?? []) {
    expect(script.world ?? 'ISOLATED').toBe('ISOLATED');
    expect(script.matches.every((pattern) => (MEETING_MATCH_PATTERNS as readonly string[]).includes(pattern))).toBe(true);
  }
});

test('no shipped script turns strings into code, and no page loads a script from anywhere but the package', () => {
  const findings: string[] = [];
  let scanned = 0;
  for (const file of filesUnder(CHROME_EXTENSION_DIR, '.js')) {
    const code = readFileSync(file, 'utf8');
    scanned += code.length;
    for (const pattern of STRING_TO_CODE) {
      for (const match of code.matchAll(pattern)) {
        const around = code.slice(Math.max(0, match.index - 80), match.index + 80);
        if (!ALLOWED.some((allowed) => allowed.test(around))) findings.push(`${path.relative(CHROME_EXTENSION_DIR, file)}: …${around}…`);
      }
    }
    expect(code, path.relative(CHROME_EXTENSION_DIR, file)).not.toMatch(/\bimport\s*\(\s*["'`]https?:/);
  }
  console.log(`scanned ${(scanned / 1024 / 1024).toFixed(1)} MB of built JavaScript`);
  expect(findings).toEqual([]);

  for (const page of filesUnder(CHROME_EXTENSION_DIR, '.html')) {
    const html = readFileSync(page, 'utf8');
    for (const [, source] of html.matchAll(/<script[^>]*\bsrc="([^"]*)"/g)) expect(source, `${page}: ${source}`).toMatch(/^(?:\/|\.\/|[\w-]+\/)[^:]*$/);
    expect(html, page).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>\s*\S/);
    expect(html, page).not.toMatch(/\son[a-z]+="/);
  }
});
