// Attribution stage: a running total ("That brings the total to 3,000",
// "The new losses bring the toll to some 4,000", "..., taking the tally to
// 2,500") sums up the counts just given (../metric/running-total.ts), so it
// carries their source: the one side their sourced claims name; when they
// name several, the text leaves it open, and the total names no one.

import type { Attribution } from '../../types';
import { type RunningTotalCtx, summedClaims } from '../metric/running-total';
import type { RuleInfo } from '../rule';

/**
 * The source of a figure that a running total gives ("... brings the total to
 * [3,000]"), the figure starting at `figStart` in the sentence starting at
 * `sentStart`: the one side of the claims it sums up, null when they name
 * several; undefined when the figure is no running total, or what it sums up
 * names no one.
 */
export function runningTotalSource(ctx: RunningTotalCtx, sentStart: number, figStart: number): Attribution | null | undefined {
  const summed = summedClaims(ctx, sentStart, figStart);
  if (!summed) return undefined;
  let last: Attribution | null = null;
  for (const c of summed) {
    if (!c.attribution) continue;
    if (last && last.side !== c.attribution.side) return null;
    last ??= c.attribution;
  }
  return last ?? undefined;
}

export const RUNNING_TOTAL_SOURCE: RuleInfo = {
  id: 'running-total-source',
  stage: 'attribution',
  summary:
    '"Zelensky said 500 more were killed. That brings the total to 4,000.": a running total carries the source of the counts it sums up, when they name one side; else no one',
  cases: [
    {
      text: 'North Korean troops suffered heavy losses. Zelensky said 500 North Korean soldiers were killed in February. That brings the total to [4,000].',
      want: { metric: 'killed', attribution: { side: 'ua', text: 'Zelensky' } },
    },
    {
      text: 'Seoul’s spy agency said 300 more North Korean soldiers had been wounded. The new losses bring the total number of wounded to [2,700].',
      want: { metric: 'wounded', attribution: { side: 'kr', text: 'Seoul’s spy agency' } },
    },
    {
      text: 'The Pentagon said another 1,000 North Korean troops arrived in Kursk last week, taking the tally to [some 12,000].',
      want: { metric: 'deployed', attribution: { side: 'us', text: 'The Pentagon' } },
    },
    // Two sources before it: the text does not say whose total it is.
    {
      text: 'Zelensky said 500 North Korean soldiers were killed in February, while the NIS put the number at 300. That brings the total to [4,000].',
      want: { attribution: null },
    },
    // No running total: the source of the sentence before does not carry over.
    {
      text: 'Zelensky said 500 North Korean soldiers were killed in February. Around [4,000] North Korean soldiers have been wounded.',
      want: { attribution: null },
    },
  ],
};
