// Text a hostile or broken page, file or peer may hand the extension: markup and script, bidi overrides,
// zero-width characters, lone surrogates, NULs, emoji sequences, and very long runs. Shared by the property tests.
// (The word "constructor" is left out: it crashes the classifier today — see classifier-prototype-words.test.ts.)
import fc from 'fast-check';

export const HOSTILE_SNIPPETS = [
  '<img src=x onerror="alert(1)">',
  '<script>alert(document.cookie)</script>',
  '"><svg/onload=alert(1)>',
  'javascript:alert(1)',
  '{{this.alert(1)}}',
  '\u202Egnp.exe\u202C',
  '\u2066isolated\u2069',
  'zero\u200Bwidth\u200Djoined\uFEFF',
  '\uD800',
  '\uDFFF lone',
  '\u0000nul',
  '👩‍👩‍👧‍👦 🏳️‍🌈',
  'שלום עולם',
  '__proto__',
  'hasOwnProperty toString',
  '&amp;&lt;&gt;&#39;',
  '\r\n\t\v\f',
] as const;

/** Any UTF-16 code unit, lone surrogates included. */
export const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

/** Strings of arbitrary UTF-16 code units (not necessarily well-formed). */
export const rawString = (maxLength = 200) => fc.string({ unit: anyCodeUnit, maxLength });

/** Words and hostile snippets mixed, as a caption or transcript line might carry them. */
export const hostileText = (maxWords = 30) =>
  fc
    .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom('we', 'route', 'tickets', 'budget', 'how', 'today?', 'cost', 'team') }, fc.constantFrom(...HOSTILE_SNIPPETS), rawString(12)), {
      minLength: 1,
      maxLength: maxWords,
    })
    .map((words) => words.join(' '));

/** Now and then a very long run (up to `maxChars`), otherwise hostile text. */
export const captionText = (maxChars = 60_000) =>
  fc.oneof(
    { weight: 8, arbitrary: hostileText() },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('a', 'word ', '\uD83D\uDE00', '<b>'), fc.integer({ min: 1, max: maxChars })).map(([unit, chars]) => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars)) },
  );
