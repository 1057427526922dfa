// Words that are also Object.prototype keys ("constructor" — a construction-industry buyer says it) once made the
// classifier throw, because a token was looked up in a plain object; the live loop then dropped that line.
import { describe, expect, it } from 'vitest';
import { defaultClassifier } from '../../lib/classifier';

const PROTOTYPE_WORDS = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf'];

describe('words that are also Object.prototype keys', () => {
  for (const word of PROTOTYPE_WORDS) {
    it(`"${word}" in a caption is classified like any other word`, () => {
      const classifier = defaultClassifier();
      expect(classifier.classifyBuyer(`the ${word} of the new building is late`).confidence).toBeGreaterThan(0);
      expect(classifier.classifyRep(`which ${word} are you working with today?`).confidence).toBeGreaterThan(0);
    });
  }
});
