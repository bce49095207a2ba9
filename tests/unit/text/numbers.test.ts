import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatNumber, parseNumber } from '../../../lib/text/numbers';

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
