import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isSmallCount, SMALL_LOSS } from '../../../lib/extract/scope/rules-episode';

describe('isSmallCount: a figure under SMALL_LOSS, in digits or in words', () => {
  test.each([
    ['three', true],
    ['at least 30', true],
    ['about a dozen', true],
    ['30 to 40', true],
    ['up to 49', true],
    ['forty-nine', true],
    ['50', false],
    ['3 000 to 4 000', false],
    ['12.000', false],
    ['1.5 thousand', false],
    ['27-hundred', false],
    ['some 3k', false],
    ['about 1,000', false],
    ['a hundred', false],
    ['between 40 and 60', false],
    // Leading zeros, and a separator that goes on with a run only before three digits.
    ['0,012', true],
    ['007', true],
    ['0050', false],
    ['1,0000', false],
    ['0,0000', true],
  ])('%s: %s', (raw, small) => {
    expect(isSmallCount(raw)).toBe(small);
  });
});

/** Runs of digits with their thousands separators, as the reading of digits takes them ("3,000", "12.000", "3 000"). */
const DIGIT_RUN_RE = /\d+(?:[ ,.\u00a0\u202f]\d{3})*/g;

describe('isSmallCount reads digits run by run, as a pattern of runs would', () => {
  test('every run of digits below SMALL_LOSS, its separators left out', () => {
    const chars = fc.constantFrom(...'0123456789 ,.\u00a0\u202f-x'.split(''));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 14 }), (cs) => {
        const raw = cs.join('');
        const runs = raw.match(DIGIT_RUN_RE);
        // (A figure of no digits is read by its words; "x" and "-" spell none.)
        fc.pre(runs !== null);
        expect(isSmallCount(raw)).toBe(runs.every((run) => Number(run.replace(/\D/g, '')) < SMALL_LOSS));
      }),
      { numRuns: 2000 },
    );
  });
});
