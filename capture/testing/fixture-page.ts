// Loads a fixture page into the test document (jsdom does not run its scripts): a platform's own
// (platforms/<id>/fixture.html, the page its captions are drawn in) or a shared one under test/fixtures.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Platform } from '../../lib/types';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** A platform's fixture page, relative to the repository root: `page` in its folder, by default fixture.html. */
export function platformFixture(platform: Platform, page = 'fixture.html'): string {
  return `platforms/${platform}/${page}`;
}

/** A shared fixture page (not any one platform's), relative to the repository root. */
export function sharedFixture(name: string): string {
  return `test/fixtures/${name}`;
}

export function fixtureHtml(path: string): string {
  return readFileSync(resolve(ROOT, path), 'utf8');
}

/** Replaces the document's head and body with those of the fixture at `path` (relative to the repository root). */
export function loadFixture(document: Document, path: string): void {
  const parsed = new DOMParser().parseFromString(fixtureHtml(path), 'text/html');
  document.head.replaceChildren(...[...parsed.head.childNodes].map((node) => document.importNode(node, true)));
  document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
}
