import { describe, expect, test } from 'vitest';
import { isSmallCount } from '../../../lib/extract/scope/rules-episode';

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
  ])('%s: %s', (raw, small) => {
    expect(isSmallCount(raw)).toBe(small);
  });
});
