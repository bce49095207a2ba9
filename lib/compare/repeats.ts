// A figure an article repeats is one claim there (CLAIMS.md, "The gold
// files"): a headline's "1,500 troops" and the body's "1,500 troops, Seoul's
// spy agency said" are one figure, Seoul's.
import type { Attribution, Metric, Scope, Side } from '../types';

/** What tells two figures of one article apart. */
export interface RepeatableFigure {
  metric: Metric;
  low: number | null;
  high: number | null;
  scope?: Scope;
  period: string | null;
  attribution?: Attribution | null;
}

const repeatKey = (c: RepeatableFigure) => JSON.stringify([c.metric, c.low, c.high, c.scope ?? 'total', c.period]);

/**
 * The attribution each figure of one article is judged with: its own; or, for
 * a figure naming no one, that of the first figure of the article that
 * repeats it (same metric, bounds, scope and period) and names one; else null.
 */
export function attributionsOfRepeats(claims: readonly RepeatableFigure[]): (Attribution | null)[] {
  const named = new Map<string, Attribution>();
  for (const c of claims) {
    if (c.attribution && !named.has(repeatKey(c))) named.set(repeatKey(c), c.attribution);
  }
  return claims.map((c) => c.attribution ?? named.get(repeatKey(c)) ?? null);
}

/** The side each figure of one article is judged with (see `attributionsOfRepeats`). */
export function sidesOfRepeats(claims: readonly RepeatableFigure[]): (Side | null)[] {
  return attributionsOfRepeats(claims).map((a) => a?.side ?? null);
}
