// The seed files (seeds/methodology/*.json, seeds/model-tier/*.json) explain themselves in "$comment" keys, which the
// schemas ignore. The content script bundles several of them, and its size has a budget (150 kB gzip, `npm run bench`), so the
// extension build drops those keys; the files, the tests and the CLIs keep reading them whole.
import type { Plugin } from 'vite';

export const COMMENT_KEY = '$comment';

/** The JSON value with every "$comment" key removed, at any depth. */
export function withoutCommentKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutCommentKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== COMMENT_KEY).map(([key, inner]) => [key, withoutCommentKeys(inner)]));
}

/** A Vite plugin that drops "$comment" keys from the JSON files whose path matches `include`, before Vite's JSON plugin reads them. */
export function stripCommentKeys(include: RegExp): Plugin {
  return {
    name: 'discovery-coach:strip-comment-keys',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('.json') || !include.test(id) || !code.includes(`"${COMMENT_KEY}"`)) return null;
      return { code: JSON.stringify(withoutCommentKeys(JSON.parse(code))), map: null };
    },
  };
}
