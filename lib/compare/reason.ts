// Why a `conflicts` or `disputed` figure differs, where the stored figures show
// it (CLAIMS.md; `VerdictReason` in lib/types.ts). Nothing is guessed beyond them.
import { METRICS, type Metric } from '../types';
import { ESTIMATE_TOLERANCE, SAME_BRIEFING_DAYS } from './thresholds';
import { DAY_MS } from './time';
import {
  type Bounds,
  currentOf,
  hasSide,
  isOverlapping,
  isSameFigure,
  isWithinWindow,
  type RuleFigure,
  type VerdictDecision,
} from './verdict';

const BRIEFING = SAME_BRIEFING_DAYS * DAY_MS;

/**
 * True when `a` states the same count as `b`: the same figure, or overlapping
 * with its number (the lower bound, else the upper) within 10% of b's.
 * "more than 3,000" states the count 3,000.
 */
export function isSameCount(a: Bounds, b: Bounds): boolean {
  if (isSameFigure(a, b)) return true;
  const x = a.low ?? a.high;
  const y = b.low ?? b.high;
  return x !== null && y !== null && isOverlapping(a, b) && Math.abs(x - y) <= ESTIMATE_TOLERANCE * Math.max(x, y);
}

/** A reason with the stored figure that shows it. */
export type RuleReason<T> = { kind: 'otherMetric'; metric: Metric; figure: T } | { kind: 'earlierCount'; figure: T };

/**
 * Why the figure differs, for `conflicts` and `disputed` (else null). The
 * source looked at is the figure's own, or when it names no one, that of the
 * figure it differs from. `pool`: other outlets' figures of any metric and
 * time (the caller may pass only those near enough to matter).
 * - `otherMetric`: the figure is that source's current count of another
 *   metric (same scope, within 14 days), not of its own;
 * - `earlierCount`: the figure is not the source's current count of this
 *   metric (its latest dated no later than 3 days after) but an earlier one.
 */
export function reasonOf<T extends RuleFigure>(fig: RuleFigure, decision: VerdictDecision<T>, pool: readonly T[]): RuleReason<T> | null {
  if (decision.verdict !== 'conflicts' && decision.verdict !== 'disputed') return null;
  const side = fig.side ?? decision.because?.side ?? null;
  if (side === null) return null;
  // The source's figures in one pass: its other metrics near the figure, and this metric's history.
  const near = new Map<Metric, T[]>();
  const history: T[] = [];
  for (const o of pool) {
    if (o.outletKey === fig.outletKey || !hasSide(o, side) || o.scope !== fig.scope) continue;
    if (o.metric === fig.metric) {
      if (o.time <= fig.time + BRIEFING) history.push(o);
    } else if (isWithinWindow(o, fig)) {
      const list = near.get(o.metric);
      if (list) list.push(o);
      else near.set(o.metric, [o]);
    }
  }
  for (const metric of METRICS) {
    const figs = near.get(metric);
    if (!figs) continue;
    const current = currentOf(figs, fig.time);
    if (isSameCount(fig, current)) return { kind: 'otherMetric', metric, figure: current };
  }
  if (history.length === 0) return null;
  const current = currentOf(history, fig.time);
  if (isSameCount(fig, current)) return null;
  let earlier: T | null = null;
  for (const o of history) {
    if (o.time < current.time && isSameCount(fig, o) && (earlier === null || o.time > earlier.time)) earlier = o;
  }
  return earlier ? { kind: 'earlierCount', figure: earlier } : null;
}
