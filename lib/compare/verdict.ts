// The verdict rules of CLAIMS.md ("Comparing figures across outlets") on bare
// figures: what they count, whose they are, when, and their bounds. The store
// (lib/store/judge.ts) and `judgeFigure` both decide through `decideVerdict`.
import type { Metric, Scope, Side, Verdict } from '../types';
import { DAY_MS } from './time';
import { ESTIMATE_TOLERANCE, SAME_BRIEFING_DAYS, SAME_THING_DAYS } from './thresholds';

const WINDOW = SAME_THING_DAYS * DAY_MS;
const BRIEFING = SAME_BRIEFING_DAYS * DAY_MS;

/** The bounds of a figure. */
export interface Bounds {
  low: number | null;
  high: number | null;
}

/** What the rules need of a figure. `outletKey` is the outlet trimmed and lower-cased. */
export interface RuleFigure extends Bounds {
  outletKey: string;
  metric: Metric;
  /** The attribution side; null when the text names no one. */
  side: Side | null;
  /** Other sides the attribution names with it ("Ukrainian and South Korean estimates"); absent: none. */
  also?: readonly Side[];
  scope: Scope;
  /** Comparison time, ms (the period, else the publication date). */
  time: number;
}

/** Counts that only grow: an older, higher count of the same source makes a figure `outdated`. */
export const GROWING_METRICS: ReadonlySet<Metric> = new Set(['killed', 'wounded', 'casualties', 'captured', 'missing']);

const isPoint = (f: Bounds): f is { low: number; high: number } => f.low !== null && f.low === f.high;

/**
 * The interval a figure asserts: a point n is read as [0.9n, 1.1n] (news
 * estimates); a bound stays as stated; null bounds are infinite.
 */
export function widenFigure(f: Bounds): [number, number] {
  if (isPoint(f)) return [f.low * (1 - ESTIMATE_TOLERANCE), f.high * (1 + ESTIMATE_TOLERANCE)];
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
  return isPoint(a) && isPoint(b) && Math.abs(a.low - b.low) <= ESTIMATE_TOLERANCE * Math.max(a.low, b.low);
}

/** True when `o` lies wholly above `f` (its widened low above f's widened high). */
export function isWhollyAbove(o: Bounds, f: Bounds): boolean {
  return widenFigure(o)[0] > widenFigure(f)[1];
}

/** Scopes that are compared at all; increments, episodes and parts are compared with nothing. */
export const isComparedScope = (scope: Scope) => scope === 'total' || scope === 'plan';

/** True when two figures' times lie within the 14-day window (inclusive). */
export const isWithinWindow = (a: { time: number }, b: { time: number }) => Math.abs(a.time - b.time) <= WINDOW;

/** True when `f` names side `s` (as its side, or among the others it names with it). */
export const hasSide = (f: Pick<RuleFigure, 'side' | 'also'>, s: Side) => f.side === s || (f.also?.includes(s) ?? false);

/** True when two figures name a side in common (both name someone). */
export function isSameSide(a: Pick<RuleFigure, 'side' | 'also'>, b: Pick<RuleFigure, 'side' | 'also'>): boolean {
  if (a.side === null || b.side === null) return false;
  return hasSide(b, a.side) || (a.also?.some((s) => hasSide(b, s)) ?? false);
}

/** For a contradiction, a figure naming no one counts as the same source as every figure. */
export const isMaybeSameSource = (a: RuleFigure, b: RuleFigure) => a.side === null || b.side === null || isSameSide(a, b);

/**
 * A source's current figure as of `t`: of its figures (non-empty), the latest
 * dated no later than 3 days after t, else the earliest. Ties go to the first in order.
 */
export function currentOf<T extends { time: number }>(figs: readonly T[], t: number): T {
  let best: T | undefined;
  for (const o of figs) if (o.time <= t + BRIEFING && (best === undefined || o.time > best.time)) best = o;
  if (best) return best;
  for (const o of figs) if (best === undefined || o.time < best.time) best = o;
  return best as T;
}

/**
 * The other sources of a figure's comparable figures, each with its figures:
 * one per side; each figure naming no one is a source of its own. For a figure
 * that names its source, its own sides and the figures naming no one are left out;
 * a figure naming several sides counts under its first.
 */
export function otherSourcesOf<T extends RuleFigure>(fig: RuleFigure, comparable: readonly T[]): T[][] {
  const sources = new Map<string, T[]>();
  comparable.forEach((o, i) => {
    if (fig.side !== null && (o.side === null || isSameSide(fig, o))) return;
    const k = o.side ?? `none${i}`;
    const list = sources.get(k);
    if (list) list.push(o);
    else sources.set(k, [o]);
  });
  return [...sources.values()];
}

/** A verdict and the figures it rests on. */
export interface VerdictDecision<T> {
  verdict: Verdict;
  /** The other outlets' figures of the same metric and scope within 14 days, in the order given. */
  comparable: T[];
  /**
   * The figure that decides it: for `conflicts` the first that does not overlap;
   * for `disputed` the first other source's current figure that does not
   * overlap; for `outdated` the source's latest earlier total wholly above;
   * for `agrees` with nothing comparable, the source's latest earlier total. Else null.
   */
  because: T | null;
}

/**
 * The verdict of a figure against other figures (CLAIMS.md's six rules, in
 * order). `others` may hold anything: only other outlets' figures of the same
 * metric and scope count. Where two figures tie in time, the one given first
 * wins (pass them in a stable order).
 */
export function decideVerdict<T extends RuleFigure>(fig: RuleFigure, others: readonly T[]): VerdictDecision<T> {
  if (!isComparedScope(fig.scope)) return { verdict: 'unique', comparable: [], because: null };
  const same = others.filter((o) => o.outletKey !== fig.outletKey && o.metric === fig.metric && o.scope === fig.scope);
  const comparable = same.filter((o) => isWithinWindow(o, fig));
  const conflicting = comparable.find(
    (o) => isMaybeSameSource(fig, o) && Math.abs(o.time - fig.time) <= BRIEFING && !isOverlapping(fig, o),
  );
  if (conflicting) return { verdict: 'conflicts', comparable, because: conflicting };
  for (const figs of otherSourcesOf(fig, comparable)) {
    const current = currentOf(figs, fig.time);
    if (!isOverlapping(fig, current)) return { verdict: 'disputed', comparable, because: current };
  }
  if (fig.scope === 'total' && GROWING_METRICS.has(fig.metric) && fig.side !== null) {
    let above: T | null = null;
    for (const o of same) {
      if (isSameSide(o, fig) && o.time < fig.time - BRIEFING && isWhollyAbove(o, fig) && (above === null || o.time > above.time)) above = o;
    }
    if (above) return { verdict: 'outdated', comparable, because: above };
  }
  if (comparable.length === 0) {
    const latest = fig.scope === 'total' ? latestEarlierTotal(fig, same) : null;
    return latest && isSameFigure(fig, latest)
      ? { verdict: 'agrees', comparable, because: latest }
      : { verdict: 'unique', comparable, because: null };
  }
  return { verdict: comparable.every((o) => isSameFigure(fig, o)) ? 'agrees' : 'differs', comparable, because: null };
}

/**
 * The latest figure of the figure's own (named) source given more than 14 days
 * before it, among `same` (other outlets, same metric and scope); null when
 * the figure names no one or there is none.
 */
function latestEarlierTotal<T extends RuleFigure>(fig: RuleFigure, same: readonly T[]): T | null {
  if (fig.side === null) return null;
  let latest: T | null = null;
  for (const o of same) {
    if (isSameSide(o, fig) && o.time < fig.time - WINDOW && (latest === null || o.time > latest.time)) latest = o;
  }
  return latest;
}
