import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { lowersInPlace, qualifierBefore } from '../../../lib/extract/qualifier-before';

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
  'mİnimum of',
  'li\u212Ae',
  'more li\u212Ae',
  '\u212A',
  'é',
  'éover',
  'x’over',
  '“about',
  'Σover',
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
            const want = qualifierBefore(text, at, lineStart, 'regex');
            expect(qualifierBefore(text, at, lineStart), `${JSON.stringify(text)} at ${at}`).toEqual(want);
            // Read in place in any stretch, with no check of it, in a text that lower-cases in place.
            if (lowersInPlace(text)) expect(qualifierBefore(text, at, lineStart, 'text'), `${JSON.stringify(text)} at ${at}`).toEqual(want);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  test('reads a qualifier across any blank: a no-break, narrow or thin space as a space', () => {
    for (const blank of [' ', '\u00a0', '\u202f', '\u2009', '\t'])
      expect(qualifierBefore(`Seoul says about${blank}3,000`, 17, 0)?.[0], JSON.stringify(blank)).toBe('approx');
    expect(qualifierBefore('Seoul says\u00a03,000', 11, 0)).toBeNull();
  });

  test('only "İ" and the Kelvin sign lower-case to other than one character outside ASCII (what lowersInPlace looks for)', () => {
    const odd: number[] = [];
    for (let c = 128; c <= 0xffff; c++) {
      const lower = String.fromCharCode(c).toLowerCase();
      if (lower.length !== 1 || lower.charCodeAt(0) < 128) odd.push(c);
    }
    expect(odd).toEqual([0x130, 0x212a]);
    // Characters beyond the BMP lower-case to a pair again, none in ASCII.
    for (let cp = 0x10000; cp <= 0x10ffff; cp++) {
      const lower = String.fromCodePoint(cp).toLowerCase();
      if (lower.length !== 2 || lower.charCodeAt(0) < 128) throw new Error(`U+${cp.toString(16)} lower-cases to ${lower}`);
    }
    expect(lowersInPlace('About 3,000 North Korean troops, Seoul’s spy agency says')).toBe(true);
    expect(lowersInPlace('İstanbul: about 3,000')).toBe(false);
    expect(lowersInPlace('3 \u212Am away')).toBe(false);
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
