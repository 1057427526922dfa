// Loads a fixture page from test/fixtures into the test document (jsdom does not run its scripts).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures');

export function fixtureHtml(name: string): string {
  return readFileSync(resolve(FIXTURES, name), 'utf8');
}

/** Replaces the document's head and body with the fixture's. */
export function loadFixture(document: Document, name: string): void {
  const parsed = new DOMParser().parseFromString(fixtureHtml(name), 'text/html');
  document.head.replaceChildren(...[...parsed.head.childNodes].map((node) => document.importNode(node, true)));
  document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
}
