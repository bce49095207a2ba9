import type { ClaimVerdict, ComparedFigure, Metric, Scope, Side, Verdict, VerdictReason } from '../types';
import { reasonOf } from './reason';
import { type Bounds, decideVerdict, isOverlapping, isSameFigure, isWithinWindow, type RuleFigure } from './verdict';

export { type Bounds, isOverlapping, isSameFigure, widenFigure } from './verdict';

/** The figure being judged: whose it is, what it counts, when, and its bounds. */
export interface FigureToJudge extends Bounds {
  outlet: string;
  metric: Metric;
  /** Comparison time in ms (see `comparisonTime`). */
  time: number;
  /** The attribution side; null or absent when the text names no one. */
  side?: Side | null;
  /** Other sides the attribution names with it (`otherSidesOf`). */
  also?: readonly Side[];
  /** Absent: `total`. */
  scope?: Scope;
}

/** A stored figure with its comparison time, as a candidate for comparison. */
export interface CandidateFigure extends ComparedFigure {
  time: number;
  /** The stored article it comes from; used to drop repeats of one figure in one article. */
  articleId?: string;
  /** Other sides its attribution names with its side (`otherSidesOf` in ./sides; the store keeps them). */
  also?: readonly Side[];
}

/** Outlets are the same when their names match ignoring case and outer spaces. */
export function isSameOutlet(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * The verdict of bare bounds against figures the caller has already found
 * comparable and of the same source: `unique` when there are none,
 * `conflicts` when some interval does not overlap, `agrees` when all say the
 * same, else `differs`. (The full rules, with sources and time, are `decideVerdict`.)
 */
export function verdictOf(fig: Bounds, others: readonly Bounds[]): Verdict {
  if (others.length === 0) return 'unique';
  if (others.some((o) => !isOverlapping(fig, o))) return 'conflicts';
  if (others.every((o) => isSameFigure(fig, o))) return 'agrees';
  return 'differs';
}

const repeatKey = (c: CandidateFigure) =>
  JSON.stringify([c.articleId ?? c.url ?? c.title, c.outlet, c.metric, c.low, c.high, c.period, c.scope, c.attribution?.side ?? null]);

/** A shown figure without the fields used only for judging. */
export function toCompared(c: ComparedFigure): ComparedFigure {
  return {
    outlet: c.outlet,
    published: c.published,
    figure: c.figure,
    metric: c.metric,
    qualifier: c.qualifier,
    low: c.low,
    high: c.high,
    attribution: c.attribution,
    period: c.period,
    scope: c.scope,
    url: c.url,
    title: c.title,
    sentence: c.sentence,
    figureInSentence: c.figureInSentence,
  };
}

/** What the rules need of a judged figure. */
export function toRuleFigure(fig: FigureToJudge): RuleFigure {
  return {
    outletKey: fig.outlet.trim().toLowerCase(),
    metric: fig.metric,
    low: fig.low,
    high: fig.high,
    side: fig.side ?? null,
    ...(fig.also?.length ? { also: fig.also } : {}),
    scope: fig.scope ?? 'total',
    time: fig.time,
  };
}

type Ruled<T> = RuleFigure & { item: T };
const ruled = (c: CandidateFigure): Ruled<CandidateFigure> => ({
  outletKey: c.outlet.trim().toLowerCase(),
  metric: c.metric,
  low: c.low,
  high: c.high,
  side: c.attribution?.side ?? null,
  ...(c.also?.length ? { also: c.also } : {}),
  scope: c.scope,
  time: c.time,
  item: c,
});

/** A rule reason as the reader's `VerdictReason`. */
export function toVerdictReason<T>(r: ReturnType<typeof reasonOf<Ruled<T>>>, show: (item: T) => ComparedFigure): VerdictReason | null {
  if (r === null) return null;
  return r.kind === 'otherMetric'
    ? { kind: 'otherMetric', metric: r.metric, figure: show(r.figure.item) }
    : { kind: 'earlierCount', figure: show(r.figure.item) };
}

/**
 * Judges one figure against stored candidates (CLAIMS.md, "Comparing figures
 * across outlets", through `decideVerdict`). `compared` lists the other
 * outlets' comparable figures (same metric and scope, within 14 days
 * inclusive), plus the figure that makes it `outdated`, or that it `agrees`
 * with as its source's latest count; `timeline` every other outlet's `total`
 * of the metric outside the window; `earlier` / `later` every other outlet's
 * figure of the metric outside it. Each list is sorted by time, and a figure an
 * article repeats is listed once. Ties in time go to the candidate given first.
 */
export function judgeFigure(fig: FigureToJudge, candidates: readonly CandidateFigure[]): ClaimVerdict {
  const self = toRuleFigure(fig);
  const seen = new Set<string>();
  const pool: Ruled<CandidateFigure>[] = [];
  // A figure naming no one that repeats one its article attributes is that figure (repeats.ts).
  const twinKey = (c: CandidateFigure) =>
    JSON.stringify([c.articleId ?? c.url ?? c.title, c.outlet, c.metric, c.low, c.high, c.scope, c.time]);
  const named = new Set(candidates.filter((c) => c.attribution).map(twinKey));
  for (const c of candidates) {
    if (isSameOutlet(c.outlet, fig.outlet)) continue;
    if (!c.attribution && named.has(twinKey(c))) continue;
    const key = repeatKey(c);
    if (seen.has(key)) continue;
    seen.add(key);
    pool.push(ruled(c));
  }
  const decision = decideVerdict(self, pool);
  const compared = [...decision.comparable];
  if (decision.because && !compared.includes(decision.because)) compared.push(decision.because);
  const sameMetric = pool.filter((o) => o.metric === fig.metric && !isWithinWindow(o, self));
  const byTime = (a: CandidateFigure, b: CandidateFigure) => a.time - b.time || a.outlet.localeCompare(b.outlet);
  const list = (xs: Ruled<CandidateFigure>[]) =>
    xs
      .map((x) => x.item)
      .sort(byTime)
      .map(toCompared);
  return {
    verdict: decision.verdict,
    reason: toVerdictReason(reasonOf(self, decision, pool), toCompared),
    timeline: list(sameMetric.filter((o) => o.scope === 'total')),
    compared: list(compared),
    earlier: list(sameMetric.filter((o) => o.time < self.time)),
    later: list(sameMetric.filter((o) => o.time > self.time)),
  };
}

/**
 * Offsets of `figure` inside `sentence`: of its occurrences, the one whose
 * preceding text best matches `prefix` (the text just before the figure in its
 * article, when known), else the first. null when the sentence does not contain it.
 */
export function locateFigureInSentence(sentence: string | null, figure: string, prefix = ''): { start: number; end: number } | null {
  if (sentence === null || figure === '') return null;
  let best = -1;
  let bestScore = -1;
  for (let i = sentence.indexOf(figure); i >= 0; i = sentence.indexOf(figure, i + 1)) {
    let score = 0;
    while (score < i && score < prefix.length && sentence[i - 1 - score] === prefix[prefix.length - 1 - score]) score++;
    if (score > bestScore) [best, bestScore] = [i, score];
  }
  return best < 0 ? null : { start: best, end: best + figure.length };
}
