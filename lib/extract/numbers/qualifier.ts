// Numbers stage: a qualifier carried over a coordination (CLAIMS.md):
// "roughly 300 deaths and 2,700 injuries" hedges both figures.

import type { Qualifier } from '../../types';
import type { Ctx } from '../context';
import { QUOTES } from '../grammar';
import { METRIC_WORDS, TROOP_NOUNS, WEAK_NOUNS } from '../lexicon';
import type { RuleInfo } from '../rule';
import { isWord, type Token } from '../tokens';

export const CARRIED_QUALIFIER: RuleInfo = {
  id: 'qualifier.carried-over-coordination',
  stage: 'numbers',
  summary: 'a bare figure coordinated with a hedged one takes its hedge ("roughly 300 deaths and 2,700 injuries")',
  cases: [
    {
      text: 'Seoul said North Korea had suffered roughly 300 deaths and [2,700] injuries.',
      want: { qualifier: 'approx', low: 2700, high: 2700 },
    },
    {
      text: 'At least 100 North Korean soldiers have been killed and [1,000] wounded, Seoul said.',
      want: { qualifier: 'atLeast', low: 1000, high: null },
    },
    { text: 'Roughly 300 North Korean soldiers died, and [2,700] have been injured since, Seoul said.', want: { qualifier: 'exact' } },
    {
      text: 'Of the some 11,000 North Korean soldiers sent to Russia, [4,000] casualties have occurred, Seoul said.',
      want: { qualifier: 'exact', low: 4000 },
    },
  ],
};

export const KOREAN_GAP = new Set(['north', 'korean', 'koreans', 'dprk', 'the', 'of', 'its']);

/**
 * The qualifier of the figure this one is coordinated with: "roughly 300
 * deaths and 2,700 injuries", "at least 100 ... have been killed and 1,000
 * wounded" (a gapped verb), but not "2,700 have been injured" (its own verb).
 */
export function carriedQualifier(ctx: Ctx, T: readonly Token[], k: number): Qualifier | null {
  let n = k + 1;
  while (QUOTES.has(T[n]?.w ?? '')) n++;
  const elliptical = METRIC_WORDS[T[n]?.w ?? ''] !== undefined;
  let words = 0;
  let conj = false;
  let nounsOnly = true;
  for (let j = k - 1; j >= 0; j--) {
    const t = T[j]!;
    if (t.fig >= 0) {
      const q = ctx.figs[t.fig]!.qualifier;
      if (!conj || !(nounsOnly || elliptical)) return null;
      // "Of the some 11,000 troops sent, 4,000 ...": the whole a part is taken from, not a figure coordinated with it.
      if (T[j - 1]?.w === 'of' || (T[j - 1]?.w === 'the' && T[j - 2]?.w === 'of')) return null;
      return q === 'approx' || q === 'atLeast' || q === 'atMost' ? q : null;
    }
    if (t.w === 'and' || t.w === 'or' || t.w === ',') {
      if (conj) return null;
      conj = true;
      continue;
    }
    if (QUOTES.has(t.w)) continue;
    if (!conj || !isWord(t) || ++words > 12) return null;
    if (!(METRIC_WORDS[t.w] !== undefined || TROOP_NOUNS.has(t.w) || WEAK_NOUNS.has(t.w) || KOREAN_GAP.has(t.w))) nounsOnly = false;
    if (!nounsOnly && !elliptical) return null;
  }
  return null;
}
