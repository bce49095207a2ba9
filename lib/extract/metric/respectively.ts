// Metric stage: figures listed "respectively" count, each, the metric named
// in its place in the list of metric nouns before them ("put deaths and
// injuries at 300 and 2,700 respectively": 300 killed, 2,700 wounded).

import type { Metric } from '../../types';
import { CLAUSE_STOP } from '../grammar';
import { METRIC_WORDS } from '../lexicon';
import type { RuleInfo } from '../rule';
import type { Token } from '../tokens';

export const RESPECTIVELY: RuleInfo = {
  id: 'metric.respectively',
  stage: 'metric',
  summary: '"deaths and injuries at 300 and 2,700 respectively": each figure counts the metric named in its place',
  cases: [
    {
      text: 'Lawmakers said the NIS put North Korean deaths and injuries at [300] and 2,700 respectively.',
      want: { metric: 'killed', low: 300 },
    },
    {
      text: 'Lawmakers said the NIS put North Korean deaths and injuries at 300 and [2,700] respectively.',
      want: { metric: 'wounded', low: 2700 },
    },
    {
      text: 'Kyiv put the North Korean dead, wounded and captured at 1,000, 3,000 and [two], respectively.',
      want: { metric: 'captured', low: 2 },
    },
  ],
};

/** Words that join the items of a list ("300 and 2,700", "deaths, injuries and captures"). */
const LIST_JOINS = new Set([',', 'and', 'or']);
/** Words between the metric nouns and the figures ("deaths and injuries at 300 ...", "were 300 ..."). */
const MAX_BETWEEN = 4;

/**
 * The metric named in the figure at `k`'s place when it stands in a list of
 * figures closed by "respectively", after a list of as many metric nouns; or null.
 */
export function respectiveMetric(T: readonly Token[], k: number): Metric | null {
  // The list of figures around k: figures joined by ",", "and", "or", then "respectively".
  let last = k;
  let i = k + 1;
  for (; i < T.length; i++) {
    const w = T[i]!.w;
    if (T[i]!.fig >= 0) last = i;
    else if (!LIST_JOINS.has(w)) break;
  }
  if (T[i]?.w !== 'respectively') return null;
  let first = k;
  for (let j = k - 1; j >= 0; j--) {
    if (T[j]!.fig >= 0) first = j;
    else if (!LIST_JOINS.has(T[j]!.w)) break;
  }
  const figures: number[] = [];
  for (let j = first; j <= last; j++) if (T[j]!.fig >= 0) figures.push(j);
  // The metric nouns before the list, nearest last, within a few words of it.
  const metrics: Metric[] = [];
  let gap = 0;
  for (let j = first - 1; j >= 0 && gap <= MAX_BETWEEN; j--) {
    const w = T[j]!.w;
    if (T[j]!.fig >= 0 || (CLAUSE_STOP.has(w) && w !== ',')) break;
    const m = METRIC_WORDS[w];
    if (m !== undefined) {
      metrics.unshift(m);
      gap = 0;
    } else if (!LIST_JOINS.has(w)) gap++;
  }
  return metrics.length === figures.length ? metrics[figures.indexOf(k)]! : null;
}
