import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { scanFigures } from '../../../lib/extract/figures';
import {
  isAgeOrNumberSign,
  isDocumentNumber,
  isEarlierBaseline,
  isMonthAbbrevBefore,
  isMonthBefore,
  isSizeOfChange,
  WORDS_BEFORE_NOT_A_COUNT,
} from '../../../lib/extract/numbers/not-a-count';
import { tokenize } from '../../../lib/extract/tokens';

// Words the rules read, words they do not, and figures: what a figure's neighbours may be.
const PIECES = [
  'December',
  'december',
  'Jan',
  '.',
  'aged',
  'Age',
  'no',
  'No',
  'art',
  'Article',
  'rose',
  'by',
  'up',
  'from',
  'an',
  'earlier',
  'estimate',
  'of',
  'in',
  'said',
  'killed',
  ',',
  '12',
  '3,000',
  'two',
];

describe('WORDS_BEFORE_NOT_A_COUNT (the words before a figure the not-a-count rules read)', () => {
  test('after any other word, none of those rules holds', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 10 }), (words) => {
        const text = words.join(' ');
        const T = tokenize(text, 0, text.length, scanFigures(text), 0);
        for (let k = 0; k < T.length; k++) {
          if (T[k]!.fig < 0 || WORDS_BEFORE_NOT_A_COUNT.has(T[k - 1]?.w ?? '')) continue;
          expect(isMonthBefore(T, k)).toBe(false);
          expect(isMonthAbbrevBefore(T, k)).toBe(false);
          expect(isAgeOrNumberSign(T, k)).toBe(false);
          expect(isDocumentNumber(T, k)).toBe(false);
          expect(isSizeOfChange(T, k)).toBe(false);
          expect(isEarlierBaseline(T, k)).toBe(false);
        }
      }),
      { numRuns: 2000 },
    );
  });

  test('it holds the words each rule reads first', () => {
    for (const w of ['december', 'jan', '.', 'aged', 'no', 'article', 'by', 'from', 'estimate'])
      expect(WORDS_BEFORE_NOT_A_COUNT.has(w)).toBe(true);
    expect(WORDS_BEFORE_NOT_A_COUNT.has('said')).toBe(false);
  });
});
