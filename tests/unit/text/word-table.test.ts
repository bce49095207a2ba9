import { describe, expect, test } from 'vitest';
import { METRIC_WORDS, MONTHS } from '../../../lib/extract/lexicon';
import { ROLE_GROUPS } from '../../../lib/extract/lexicon/speech';
import { METRIC_OF, MONTH_OF, ROLE_GROUP_OF } from '../../../lib/extract/attribution/words';
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
    expect(ROLE_GROUPS.constructor).toBeUndefined();
    for (const map of [MONTH_OF, METRIC_OF, ROLE_GROUP_OF]) expect(map.get('constructor')).toBeUndefined();
    expect(ROLE_GROUP_OF.get('lawmakers')).toBe('lawmaker');
    expect(MONTHS.march).toBe(3);
    expect(METRIC_WORDS.deaths).toBe('killed');
    expect(NUMBER_WORDS.slice(0, 3)).toEqual(['zero', 'one', 'two']);
  });
});
