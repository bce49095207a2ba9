// Topic stage: "people" that "they" lost are theirs. After a sentence that
// names the North Korean troops, "To date, they have lost 4,000 people" counts
// their losses: the pronoun that opens the clause carries the North Koreans
// on, and what a side loses is its own.

import { QUOTES } from '../grammar';
import { MONTHS } from '../lexicon';
import type { RuleInfo } from '../rule';
import type { Token } from '../tokens';

export const THEY_LOST_PEOPLE: RuleInfo = {
  id: 'they-lost-people',
  stage: 'topic',
  summary:
    '"people" lost by a "they" that opens its clause, right after a sentence naming the North Koreans, are theirs ("… North Korean troops … To date, they have lost 4,000 people")',
  cases: [
    {
      text: 'North Korean units in Kursk have taken heavy losses, Kyiv said. So far, they have lost [4,000] people.',
      want: { metric: 'casualties', low: 4000, high: 4000 },
    },
    {
      text: 'The North Korean contingent was thrown into assaults near Sudzha. “They have already lost [about 1,200] people,” a Ukrainian officer said.',
      want: { metric: 'casualties', low: 1200, qualifier: 'approx' },
    },
    // "they" after someone else is named in the clause may be them.
    { text: 'North Korean units attacked in Kursk. The Ukrainians say they have lost [400] people there.', want: null },
    // Another side that loses is not "they".
    { text: 'North Korean units attacked in Kursk. Russia says it has lost [4,000] people there.', want: null },
    // "they" that opens a sentence far from any mention of the North Koreans carries nothing.
    { text: 'North Korean units attacked in Kursk. The weather was poor. They have lost [4,000] people.', want: null },
  ],
};

/** Between "they" and "lost", and between "lost" and the figure: auxiliaries and adverbs ("have already lost", "had by now lost"). */
const LOST_SKIP = new Set([
  'have',
  'has',
  'had',
  'already',
  'now',
  'so',
  'far',
  'reportedly',
  'also',
  'since',
  'altogether',
  'in',
  'total',
]);
const LOSS_VERBS = new Set(['lost', 'lose', 'losing']);
/** At most this many tokens of an opening adverbial before "they" and its comma ("To date,", "In all,", "Since October,"). */
const OPENING_MAX = 4;

/**
 * The figure at `k` is the object of a loss verb whose subject is a "they"
 * opening the sentence or its clause, after at most a short adverbial and its
 * comma, past an opening quote ("So far, they have lost 4,000 people").
 */
export function theyLost(T: readonly Token[], k: number): boolean {
  let p = k - 1;
  while (p >= 0 && LOST_SKIP.has(T[p]!.w)) p--;
  if (!LOSS_VERBS.has(T[p]?.w ?? '')) return false;
  p--;
  while (p >= 0 && LOST_SKIP.has(T[p]!.w)) p--;
  if (T[p]?.w !== 'they') return false;
  let q = p - 1;
  while (q >= 0 && QUOTES.has(T[q]!.w)) q--;
  if (q < 0) return true;
  if (T[q]!.w !== ',' || q > OPENING_MAX) return false;
  // The adverbial names no one and holds no figure: no capitalised word but its first and a month ("To date", "Since October", not "In Kyiv").
  let first = 0;
  while (first < q && QUOTES.has(T[first]!.w)) first++;
  for (let i = first; i < q; i++) {
    const t = T[i]!;
    if (t.fig >= 0 || (i > first && t.startsUpper() && MONTHS[t.w] === undefined)) return false;
  }
  return true;
}
