// Metric stage: a running total ("That brings the total to 3,000", "...,
// taking the tally to 2,500") sums up the counts just given: those of the
// sentence before it and of its own sentence before it. It counts what they
// count; killed and wounded summed up are casualties (CLAIMS.md: "killed and
// wounded together"); a deployment summed up with losses counts nothing the
// text makes clear. The attribution stage reads the same counts for its
// source (../attribution/running-total.ts).

import { sentenceBefore } from '../../text/sentences';
import type { Attribution, Metric } from '../../types';
import type { RuleInfo } from '../rule';

/** A verb of adding, then the total, then "to", just before the figure ("brings the total number of dead to "). */
const RUNNING_TOTAL_RE =
  /\b(?:bring|brings|brought|bringing|raise|raises|raised|raising|take|takes|took|taking|push|pushes|pushed|pushing|lift|lifts|lifted|lifting)\s+(?:the|its|their|this|that)\s+(?:[\w-]+\s+){0,2}(?:total|tally|toll|count|number)\b[^.;:!?]{0,60}?\bto\s*$/i;

/** A claim as far as a running total reads it. */
export interface SummedClaim {
  start: number;
  metric: Metric;
  attribution: Attribution | null;
}

/** The extraction under way, as far as a running total reads it. */
export interface RunningTotalCtx {
  text: string;
  claims: readonly SummedClaim[];
}

/**
 * The claims that the figure starting at `figStart`, in the sentence starting
 * at `sentStart`, sums up when it is a running total ("... brings the total to
 * [3,000]"): those of the sentence before and of its own sentence before it,
 * last first; undefined when it is no running total.
 */
export function summedClaims(ctx: RunningTotalCtx, sentStart: number, figStart: number): SummedClaim[] | undefined {
  // (The cheap question first: "to" just before the figure.)
  const before = ctx.text.slice(Math.max(sentStart, figStart - 120), figStart);
  if (!/\bto\s*$/i.test(before) || !RUNNING_TOTAL_RE.test(before)) return undefined;
  const from = sentenceBefore(ctx.text, sentStart)?.[0] ?? sentStart;
  const out: SummedClaim[] = [];
  let own = 0;
  for (let n = ctx.claims.length - 1; n >= 0; n--) {
    const c = ctx.claims[n]!;
    if (c.start < from) break;
    if (c.start >= figStart) continue;
    out.push(c);
    if (c.start >= sentStart) own++;
  }
  // "... 15,000 troops and 4,700 casualties. Two more were captured, bringing the number held to four": what its own
  // sentence counts, when the sentence before counts something else.
  return own > 0 && own < out.length && runningTotalMetric(out) === null ? out.slice(0, own) : out;
}

const LOSSES: ReadonlySet<Metric> = new Set(['killed', 'wounded', 'casualties']);

/**
 * What a running total counts, of the claims it sums up (`summed`, none
 * empty): their one metric, casualties for killed and wounded together, null
 * when they count things that add up to nothing the text names.
 */
export function runningTotalMetric(summed: readonly SummedClaim[]): Metric | null {
  const first = summed[0]!.metric;
  if (summed.every((c) => c.metric === first)) return first;
  return summed.every((c) => LOSSES.has(c.metric)) ? 'casualties' : null;
}

export const RUNNING_TOTAL_METRIC: RuleInfo = {
  id: 'metric.running-total',
  stage: 'metric',
  summary:
    '"Another 200 were killed and 500 wounded, bringing the total to 4,000": a running total counts what the counts it sums up count; killed and wounded together are casualties, troops with losses nothing',
  cases: [
    {
      text: 'Kyiv said another 200 North Korean soldiers were killed and 500 wounded last week, bringing the total to [4,000].',
      want: { metric: 'casualties', attribution: { side: 'ua', text: 'Kyiv' } },
    },
    {
      text: 'North Korean units lost heavily in March. Seoul said 300 North Korean soldiers were killed and 700 wounded. That brings the total to [5,000].',
      want: { metric: 'casualties', attribution: { side: 'kr', text: 'Seoul' } },
    },
    {
      text: 'North Korea sent 2,000 more troops to Kursk, Seoul said, and 300 North Korean soldiers were killed. That brings the total to [14,000].',
      want: null,
    },
    {
      text: 'Seoul said 15,000 North Korean troops had been sent and 4,700 had been killed or wounded. Kyiv said two more North Korean soldiers had been captured, bringing the number it holds to [four].',
      want: { metric: 'captured', attribution: { side: 'ua', text: 'Kyiv' } },
    },
  ],
};
