import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { NAMES_NORTH_KOREA } from '../../../lib/extract/lexicon/north-korea';
import { SentenceNk } from '../../../lib/extract/topic/sentence-nk';

// Pieces of sentences, with and without a name of North Korea.
const PIECES = [
  'North Korea',
  'north-korean',
  'DPRK',
  'Pyongyang',
  'Kim',
  'Kim’s',
  'KPA',
  'troops',
  'Seoul',
  'said',
  '3,000',
  '.',
  ' ',
  '\n',
];

describe('SentenceNk', () => {
  test('says what NAMES_NORTH_KOREA says of each stretch, however often and in whatever order it is asked (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 60 }),
        fc.array(fc.tuple(fc.nat(600), fc.nat(80)), { maxLength: 40 }),
        (pieces, asks) => {
          const text = pieces.join(' ');
          const nk = new SentenceNk(text);
          for (const [from, length] of asks) {
            // (Starts 256 apart share a slot: the last asked there is the one kept.)
            for (const start of [from % text.length, (from % text.length) + 256]) {
              const end = Math.min(text.length, start + length);
              if (start > end) continue;
              expect(nk.names(start, end)).toBe(NAMES_NORTH_KOREA.test(text.slice(start, end)));
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
