// Scope: the figure a participle says brought the total to another figure
// ("around 1,000 were killed this year, bringing the total to 4,000") is the
// addition, not the count to date.

import type { ScopeRule } from './rules';
import { isFig, w } from './grammar';

/** Participles that add a figure to a total: "bringing", "raising", "taking", "pushing" ... "the total to". */
const BRINGING = ['bringing', 'raising', 'taking', 'pushing', 'lifting'];
/** Nouns of the count a figure is added to. */
const TOTALS = new Set(['total', 'tally', 'toll', 'number', 'count']);

export const BRINGS_TOTAL: ScopeRule = {
  id: 'increment.brings-total',
  scope: 'increment',
  summary: 'the figure a participle adds to a total: "1,000 were killed this year, bringing the total to 4,000"',
  triggers: [BRINGING],
  fires(T, k) {
    for (let i = k + 1; i < T.length; i++) {
      if (isFig(T, i)) return false;
      if (w(T, i - 1) !== ',' || !BRINGING.includes(w(T, i))) continue;
      // "bringing the total number of troops sent to 14,000": the total and its "to" within a few words.
      let total = false;
      for (let j = i + 1; j < T.length && j <= i + 8; j++) {
        if (TOTALS.has(w(T, j))) total = true;
        else if (total && w(T, j) === 'to' && isFig(T, j + 1)) return true;
      }
      return false;
    }
    return false;
  },
  cases: [
    [
      'Around [1,000] North Korean soldiers have been killed this year, bringing the total to some 4,000 killed and wounded.',
      'killed',
      'increment',
    ],
    ['North Korea sent [3,000] troops in January, bringing the total number of its troops sent to 14,000.', 'deployed', 'increment'],
    ['Around 1,000 were killed this year, bringing the total to [some 4,000] North Korean soldiers killed.', 'killed', 'total'],
    ['[About 300] North Korean soldiers were killed in Kursk, taking Seoul by surprise.', 'killed', 'total'],
  ],
};
