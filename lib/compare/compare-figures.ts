import type { ClaimVerdict, ComparedFigure, Metric, Verdict } from '../types';
import { DAY_MS, SAME_THING_DAYS } from './time';

/** The bounds of a figure. */
export interface Bounds {
  low: number | null;
  high: number | null;
}

/** The figure being judged: whose it is, what it counts, when, and its bounds. */
export interface FigureToJudge extends Bounds {
  outlet: string;
  metric: Metric;
  /** Comparison time in ms (see `comparisonTime`). */
  time: number;
}

/** A stored figure with its comparison time, as a candidate for comparison. */
export interface CandidateFigure extends ComparedFigure {
  time: number;
  /** The stored article it comes from; used to drop repeats of one figure in one article. */
  articleId?: string;
}

/** Outlets are the same when their names match ignoring case and outer spaces. */
export function isSameOutlet(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

const isPoint = (f: Bounds): f is { low: number; high: number } => f.low !== null && f.low === f.high;

/**
 * The interval a figure asserts: a point n is read as [0.9n, 1.1n] (news
 * estimates); a bound stays as stated; null bounds are infinite.
 */
export function widenFigure(f: Bounds): [number, number] {
  if (isPoint(f)) return [f.low * 0.9, f.high * 1.1];
  return [f.low ?? -Infinity, f.high ?? Infinity];
}

/** True when the widened intervals of two figures overlap. */
export function isOverlapping(a: Bounds, b: Bounds): boolean {
  const [al, ah] = widenFigure(a);
  const [bl, bh] = widenFigure(b);
  return al <= bh && bl <= ah;
}

/** True when two figures say the same: equal bounds, or two points within 10% of each other. */
export function isSameFigure(a: Bounds, b: Bounds): boolean {
  if (a.low === b.low && a.high === b.high) return true;
  return isPoint(a) && isPoint(b) && Math.abs(a.low - b.low) <= 0.1 * Math.max(a.low, b.low);
}

/**
 * The verdict of a figure against other outlets' figures about the same thing
 * (the caller has already kept only those): `unique` when there are none,
 * `conflicts` when some interval does not overlap, `agrees` when all say the
 * same, else `differs`.
 */
export function verdictOf(fig: Bounds, others: readonly Bounds[]): Verdict {
  if (others.length === 0) return 'unique';
  if (others.some((o) => !isOverlapping(fig, o))) return 'conflicts';
  if (others.every((o) => isSameFigure(fig, o))) return 'agrees';
  return 'differs';
}

const repeatKey = (c: CandidateFigure) =>
  JSON.stringify([c.articleId ?? c.url ?? c.title, c.outlet, c.metric, c.low, c.high, c.period]);

function toCompared(c: CandidateFigure): ComparedFigure {
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

/**
 * Judges one figure against stored candidates (CLAIMS.md, "Comparing figures
 * across outlets"). Only other outlets with the same metric count; those whose
 * time lies within 14 days (inclusive) are compared, the others are listed as
 * `earlier` / `later` reporting. Each list is sorted by time, and a figure an
 * article repeats (same bounds and period) is listed once.
 */
export function judgeFigure(fig: FigureToJudge, candidates: readonly CandidateFigure[]): ClaimVerdict {
  const window = SAME_THING_DAYS * DAY_MS;
  const compared: CandidateFigure[] = [];
  const earlier: CandidateFigure[] = [];
  const later: CandidateFigure[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    if (c.metric !== fig.metric || isSameOutlet(c.outlet, fig.outlet)) continue;
    const key = repeatKey(c);
    if (seen.has(key)) continue;
    seen.add(key);
    const delta = c.time - fig.time;
    if (Math.abs(delta) <= window) compared.push(c);
    else if (delta < 0) earlier.push(c);
    else later.push(c);
  }
  const byTime = (a: CandidateFigure, b: CandidateFigure) => a.time - b.time || a.outlet.localeCompare(b.outlet);
  return {
    verdict: verdictOf(fig, compared),
    compared: compared.sort(byTime).map(toCompared),
    earlier: earlier.sort(byTime).map(toCompared),
    later: later.sort(byTime).map(toCompared),
  };
}

/**
 * Offsets of `figure` inside `sentence`: of its occurrences, the one whose
 * preceding text best matches `prefix` (the text just before the figure in its
 * article, when known), else the first. null when the sentence does not contain it.
 */
export function locateFigureInSentence(
  sentence: string | null,
  figure: string,
  prefix = '',
): { start: number; end: number } | null {
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
