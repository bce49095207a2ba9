// Metric stage: the verb before a figure whose object it is, and the topic
// rules read at that verb (whose losses, who kills whom).

import type { Metric } from '../../types';
import { type Ctx, on } from '../context';
import { QUOTES, VERB_SKIP } from '../grammar';
import { METRIC_WORDS, OBJECT_VERBS } from '../lexicon';
import type { RuleInfo } from '../rule';
import { isWord, type Token } from '../tokens';
import { INFLICT, INFLICTED_ON_OTHERS, LOSSES_OF_OTHER_SIDE, lossOfOther, NORTH_KOREANS_KILL, nkAgentBefore } from '../topic/agents';
import { natAt } from '../topic/nationality';
import { NOUN_OF } from './verbs';

/**
 * The metric of the verb (or event noun) the figure is the object of ("Ukraine
 * captured two", "killed or wounded 3,000", "the loss of 300"), or null; or
 * the topic rule that refuses the figure there (another side's losses, North
 * Koreans as the ones who kill, casualties inflicted on others). `j` is the
 * token after the noun phrase.
 */
export function readObjectVerb(ctx: Ctx, T: readonly Token[], k: number, j: number, natNK: boolean): Metric | RuleInfo | null {
  let verbMetric: Metric | null = null;
  let p = k - 1;
  let guard = 0;
  // A quoted object: 'had lost "at least 1,000 soldiers"'.
  while (p >= 0 && guard++ < 4 && (VERB_SKIP.has(T[p]!.w) || (QUOTES.has(T[p]!.w) && T[p]!.w !== '(' && T[p]!.w !== ')'))) p--;
  // "captured 1,200 Russian soldiers and two North Koreans": a second object shares the first one's verb.
  if (T[p]?.w === 'and' || T[p]?.w === 'or') p = sharedVerb(T, p);
  const t = T[p];
  if (t && t.fig < 0) {
    let vm = OBJECT_VERBS[t.w];
    // "killed or wounded 3,000", "the number of dead and wounded at 3,000": both together are casualties.
    const pair = OBJECT_VERBS[T[p - 2]?.w ?? ''] ?? METRIC_WORDS[T[p - 2]?.w ?? ''];
    if (
      vm &&
      (T[p - 1]?.w === 'or' || T[p - 1]?.w === 'and') &&
      ((vm === 'wounded' && pair === 'killed') || (vm === 'killed' && pair === 'wounded'))
    )
      vm = 'casualties';
    if (vm && !(t.w === 'took' && !/^(?:prisoners?|captives?)$/.test(T[j]?.w ?? ''))) verbMetric = vm;
    // "the enemy lost 76,000", "Russia, which has been losing 1,000 men": another side's losses.
    if (vm === 'casualties' && !natNK && on(ctx, LOSSES_OF_OTHER_SIDE) && lossOfOther(T, p)) return LOSSES_OF_OTHER_SIDE;
    // "North Korean troops killed 300" (of the enemy): they are the agents, not the victims;
    // but "the number of North Korean troops killed at 300" is a count of them.
    if (vm && vm !== 'deployed' && !natNK && T[k - 1]?.w !== 'at' && on(ctx, NORTH_KOREANS_KILL) && nkAgentBefore(T, p))
      return NORTH_KOREANS_KILL;
    // "inflicted 1,000 casualties (on ...)": the other side's.
    if (INFLICT.has(t.w) && !natNK && on(ctx, INFLICTED_ON_OTHERS) && !T.slice(j, j + 6).some((_, n) => natAt(T, j + n)?.kind === 'nk'))
      return INFLICTED_ON_OTHERS;
    // "the capture of two wounded soldiers", "the loss of 300", "the killing of 30".
    if (t.w === 'of') {
      const noun = NOUN_OF[T[p - 1]?.w ?? ''] ?? (T[p - 2]?.w === 'capture' ? 'captured' : undefined);
      if (noun) verbMetric = noun;
    }
  }
  return verbMetric;
}

/** Words between a first object and "and" ("1,200 Russian soldiers and"): a noun phrase's, at most this many. */
const MAX_FIRST_OBJECT = 6;

/**
 * The verb of the object before the conjunction at `and` ("captured [1,200]
 * Russian soldiers and ..."), when an object verb takes a figure just before
 * it; else `and` itself (no verb shared).
 */
function sharedVerb(T: readonly Token[], and: number): number {
  // "lost 30 per cent of their force, or about 4,000 soldiers": ", or" renames the first object.
  const apposed = T[and]!.w === 'or' && T[and - 1]?.w === ',';
  const from = apposed ? and - 2 : and - 1;
  for (let q = from; q >= 0 && q >= from - MAX_FIRST_OBJECT; q--) {
    if (T[q]!.fig >= 0) {
      let v = q - 1;
      while (v >= 0 && VERB_SKIP.has(T[v]!.w)) v--;
      return v >= 0 && OBJECT_VERBS[T[v]!.w] !== undefined ? v : and;
    }
    // ("lost 400 dead and 1,200": the first object names its metric itself; the second may be another count of it.)
    if (!isWord(T[q]) || METRIC_WORDS[T[q]!.w] !== undefined) return and;
  }
  return and;
}
