// Metric stage: "the number" put at a figure right after a sentence that
// names what is counted but gives no figure ("North Korea has sent more
// troops to Russia. Seoul puts the number at 11,000.") counts what that
// sentence names, not what the last claim, further back, counted.

import type { Metric } from '../../types';
import { sentenceBefore } from '../../text/sentences';
import { type Ctx, tokensOf } from '../context';
import { METRIC_WORDS, NEUTRAL_FIGURE_NOUNS, TROOP_NOUNS } from '../lexicon';
import type { RuleInfo } from '../rule';
import type { Token } from '../tokens';

export const ANAPHORA_SENTENCE_BEFORE: RuleInfo = {
  id: 'metric.anaphora-sentence-before',
  stage: 'metric',
  summary:
    '"the number" right after a sentence that names what is counted and gives no figure counts what it names ("North Korea has sent more troops. Seoul puts the number at 11,000"), not the last claim before it',
  cases: [
    {
      text: 'Kyiv says 300 North Korean soldiers have been killed.\nNorth Korea has since sent more troops to Russia. Seoul puts the number at [11,000].',
      want: { metric: 'deployed', low: 11000 },
    },
    {
      text: 'Seoul says 11,000 North Korean troops were sent to Russia.\nMany North Korean soldiers have since died in Kursk. Kyiv puts the number at [3,000].',
      want: { metric: 'killed', low: 3000 },
    },
    // A bare count after a counting verb, with no claim before at all.
    {
      text: 'North Korea has sent troops to fight for Russia. Seoul’s spy agency estimates [11,000], while Ukraine places the figure closer to 12,000.',
      want: { metric: 'deployed', low: 11000 },
    },
    // A sentence between that names nothing counted leaves the claim before as the antecedent.
    {
      text: 'Kyiv says 300 North Korean soldiers have been killed.\nThe fighting goes on. Seoul puts the number at [600].',
      want: { metric: 'killed', low: 600 },
    },
  ],
};

/** Deployment words that also stand for a war's going on, and name no count of troops by themselves. */
const NOT_A_DEPLOYMENT = new Set(['fighting', 'operating', 'serving', 'present', 'based']);

/**
 * What the sentence right before the one starting at `start` names, when the
 * figure at `k` is put to a neutral figure noun ("puts the number at") or
 * stands bare after a counting verb (`counted`: "estimates 11,000"), and that
 * sentence starts after `prevClaimEnd` and holds no figure: its casualty word,
 * else a deployment (a verb of sending with troops). Null when it names none.
 */
export function namedJustBefore(
  ctx: Ctx,
  T: readonly Token[],
  k: number,
  start: number,
  prevClaimEnd: number,
  counted: boolean,
): Metric | null {
  // (A bare figure after a counting verb, "Seoul's spy agency estimates 11,000", names nothing of its own either.)
  let neutral = counted;
  for (let j = k - 1; j >= 0 && k - j <= 5; j--) if (NEUTRAL_FIGURE_NOUNS.has(T[j]!.w)) neutral = true;
  if (!neutral) return null;
  const before = sentenceBefore(ctx.text, start);
  if (!before || before[0] < prevClaimEnd) return null;
  let sent = false;
  let troops = false;
  for (const t of tokensOf(ctx, before)) {
    if (t.fig >= 0) return null;
    const m = METRIC_WORDS[t.w];
    if (m !== undefined && m !== 'deployed') return m;
    if (m === 'deployed' && !NOT_A_DEPLOYMENT.has(t.w)) sent = true;
    if (TROOP_NOUNS.has(t.w)) troops = true;
  }
  return sent && troops ? 'deployed' : null;
}
