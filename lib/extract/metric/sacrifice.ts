// Metric stage: Pyongyang's word for its dead. "Nine soldiers sacrificed their
// lives", "the heroic sacrifices of nine soldiers" count the killed, as "lost
// their lives" and "the deaths of" do.

import type { RuleInfo } from '../rule';
import type { Token } from '../tokens';

export const SACRIFICE: RuleInfo = {
  id: 'metric.sacrifice',
  stage: 'metric',
  summary: '"sacrificed their lives", "sacrificed themselves" and "the sacrifices of N soldiers" count the dead',
  cases: [
    {
      text: 'North Korean troops fought in Kursk. [Nine] North Korean soldiers sacrificed their lives there, Kim Jong Un said.',
      want: { metric: 'killed', low: 9 },
    },
    {
      text: 'North Korean troops fought in Kursk. Kim Jong Un honoured the heroic sacrifices of [nine] North Korean soldiers.',
      want: { metric: 'killed', low: 9 },
    },
    // A sacrifice of a force named by its own count is praise, not a death toll.
    {
      text: 'Kim Jong Un praised the sacrifice of the [11,000] North Korean troops sent to Kursk.',
      want: { metric: 'deployed', low: 11000 },
    },
  ],
};

/** The predicate at `p` is "sacrificed (their) lives" or "sacrificed themselves". */
export function sacrificedAt(T: readonly Token[], p: number): boolean {
  if (T[p]?.w !== 'sacrificed') return false;
  const a = T[p + 1]?.w;
  return a === 'themselves' || a === 'lives' || (T[p + 2]?.w === 'lives' && (a === 'their' || a === 'his'));
}

/** The figure at `k` follows "sacrifice(s) of" directly ("the sacrifices of nine soldiers"; not "the sacrifice of the 11,000"). */
export function sacrificeOf(T: readonly Token[], k: number): boolean {
  const n = T[k - 2]?.w;
  return T[k - 1]?.w === 'of' && (n === 'sacrifice' || n === 'sacrifices');
}
