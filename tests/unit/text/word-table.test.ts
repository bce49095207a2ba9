import { describe, expect, test } from 'vitest';
import { METRIC_WORDS, MONTHS } from '../../../lib/extract/lexicon';
import { NUMBER_WORDS, wordValue } from '../../../lib/text/numbers';
import { wordTable } from '../../../lib/text/word-table';

describe('wordTable', () => {
  test('finds its keys, in their order, and nothing of a plain object’s prototype', () => {
    const t = wordTable({ march: 3, may: 5 });
    expect(t.march).toBe(3);
    expect(Object.keys(t)).toEqual(['march', 'may']);
    for (const w of ['constructor', 'tostring', 'valueof', '__proto__', 'hasownproperty']) expect(t[w]).toBeUndefined();
  });

  test('the lexicon’s tables find no word through a prototype ("constructor" is no month, no metric, no number)', () => {
    expect(MONTHS.constructor).toBeUndefined();
    expect(METRIC_WORDS.constructor).toBeUndefined();
    expect(wordValue('constructor')).toBeUndefined();
    expect(MONTHS.march).toBe(3);
    expect(METRIC_WORDS.deaths).toBe('killed');
    expect(NUMBER_WORDS.slice(0, 3)).toEqual(['zero', 'one', 'two']);
  });
});
