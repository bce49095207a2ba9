import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatNumber, parseNumber, scaleDigits } from '../../../lib/text/numbers';

describe('parseNumber', () => {
  test.each([
    ['10,000', 10000],
    ['1,250,000', 1250000],
    ['300', 300],
    ['2.5', 2.5],
    ['1.5 thousand', 1500],
    ['1.5 million', 1500000],
    ['0.7 million', 700000],
    ['12k', 12000],
    ['6K', 6000],
    ['1.2k', 1200],
    ['two', 2],
    ['eleven', 11],
    ['twenty-five', 25],
    ['ninety nine', 99],
    ['a dozen', 12],
    ['two dozen', 24],
    ['a hundred', 100],
    ['a thousand', 1000],
    ['three thousand', 3000],
    ['eleven-thousand', 11000],
    ['15-hundred', 1500],
    ['fifteen hundred', 1500],
    ['two thousand five hundred', 2500],
    ['one hundred and fifty', 150],
    ['one hundred thousand', 100000],
    ['Twelve Thousand', 12000],
    ['-40', -40],
  ])('%s → %d', (s, n) => {
    expect(parseNumber(s)).toBe(n);
  });

  test.each([
    [''],
    ['thousands'],
    ['hundreds'],
    ['dozens'],
    ['several hundred'],
    ['a'],
    ['two three'],
    ['1,00'],
    ['12kk'],
    ['thousand thousand'],
    ['and'],
    ['one and'],
    ['a significant number'],
  ])('%j is not a number', (s) => {
    expect(parseNumber(s)).toBeNull();
  });
});

describe('formatNumber', () => {
  test.each([
    [0, '0'],
    [7, '7'],
    [999, '999'],
    [1000, '1,000'],
    [10000, '10,000'],
    [1234567, '1,234,567'],
    [-2500, '-2,500'],
    [2.5, '2.5'],
    [1500.25, '1,500.25'],
  ])('%d → %s', (n, s) => {
    expect(formatNumber(n)).toBe(s);
  });

  test('integers parse back to themselves', () => {
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => parseNumber(formatNumber(n)) === n));
    fc.assert(fc.property(fc.maxSafeInteger(), (n) => parseNumber(formatNumber(n)) === n));
  });

  test('one-decimal millions parse back, as digits and as "x.y million"', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99999 }), (k) => {
        const n = k * 100000;
        return parseNumber(formatNumber(n)) === n && parseNumber(`${(k / 10).toFixed(1)} million`) === n;
      }),
    );
  });
});

describe('scaleDigits', () => {
  /** scaleDigits as it was: the commas removed by a regex, the digits read by Number. */
  function reference(digits: string, scale = 1): number {
    const plain = digits.includes(',') ? digits.replace(/,/g, '') : digits;
    const dot = plain.indexOf('.');
    if (dot < 0 || scale === 1) return Number(plain) * scale;
    const zeros = Math.round(Math.log10(scale));
    const frac = plain.slice(dot + 1);
    if (Number.isInteger(zeros) && frac.length <= zeros) return Number(plain.slice(0, dot) + frac.padEnd(zeros, '0'));
    return Number(plain) * scale;
  }
  const digitString = fc.array(fc.constantFrom('0', '1', '5', '9', ',', '.', ' '), { maxLength: 22 }).map((cs) => cs.join(''));
  test('reads digits and commas in place as Number reads them without the commas, up to and past 15 digits (property)', () => {
    fc.assert(
      fc.property(digitString, fc.constantFrom(1, 100, 1000, 1e6, 1e9), (d, scale) => {
        expect(Object.is(scaleDigits(d, scale), reference(d, scale)), `${d} × ${scale}`).toBe(true);
      }),
      { numRuns: 5000 },
    );
    // (92,933,130,076,398,256 read digit by digit rounds away from Number's reading: past 15 digits, Number reads it.)
    for (const d of ['999999999999999', '9999999999999999', '92,933,130,076,398,256', '92933130076398256', '', ',', '0,000', '11,000'])
      expect(Object.is(scaleDigits(d), reference(d)), d).toBe(true);
  });
});
