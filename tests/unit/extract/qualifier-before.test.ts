import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { qualifierBefore } from '../../../lib/extract/qualifier-before';

// Words of the qualifiers and their neighbours, in several cases, marks, blanks and letters outside ASCII.
const PIECES = [
  'at least',
  'more than',
  'More Than',
  'MORE THAN',
  'no more than',
  'over',
  'Over',
  'just over',
  'well over',
  'hand over',
  'took over',
  'top',
  'the top',
  'Tops',
  'exceeded',
  'passed',
  'pass',
  'up to',
  'under',
  'as many as',
  'at the most',
  'maximum of',
  'a maximum of',
  'about',
  'around',
  'some',
  'an estimated',
  'the estimated',
  'approaching',
  'nears',
  'approx',
  'approx.',
  'Approx.',
  'c.',
  'C.',
  'etc.',
  '~',
  '≈',
  'circa',
  'near',
  'nearer',
  'nearer to',
  'more like',
  'shy of',
  'just shy of',
  'in the region of',
  'the',
  'x',
  'soldiers',
  'İ',
  'é',
  'Ünder',
  'ſome',
  '2,000',
  '-',
  ',',
  ':',
  '\t',
  '\u00a0',
  '\u2009',
];
const GAPS = [' ', '', '  ', '\n', '\t', '\u00a0'];

describe('qualifierBefore', () => {
  test('reads in place what QUALIFIER_BEFORE finds, at every offset of any text (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }),
        fc.array(fc.constantFrom(...GAPS), { maxLength: 12 }),
        fc.nat(30),
        (words, gaps, lineCut) => {
          const text = `${words.map((w, i) => w + (gaps[i] ?? ' ')).join('')}3`;
          for (let at = 0; at <= text.length; at++) {
            const lineStart = Math.min(at, lineCut);
            expect(qualifierBefore(text, at, lineStart), `${JSON.stringify(text)} at ${at}`).toEqual(
              qualifierBefore(text, at, lineStart, false),
            );
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  test.each([
    ['more than 3', ['atLeast', 0, false]],
    ['They sent No More Than  3', ['atMost', 10, false]],
    ['exceeded 3', ['atLeast', 0, true]],
    ['the top 3', null],
    ['they took over 3', null],
    ['approx. 3', ['approx', 0, false]],
    ['in the region of 3', ['approx', 0, false]],
    ['Lover 3', null],
    ['add to the estimated 3', ['approx', 7, false]],
    ['the toll approaches 3', ['approx', 9, false]],
    ['the toll is nearing 3', ['approx', 12, false]],
  ] as const)('%s', (text, want) => {
    expect(qualifierBefore(text, text.length - 1, 0)).toEqual(want);
  });
});
