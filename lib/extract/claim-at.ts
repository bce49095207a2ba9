// A claim's fields in the contract's order (../../../shared/CLAIMS.md), set in
// one place for every stage that makes a claim: one shape for every claim.

import type { Claim } from '../types';
import type { RawFigure } from './figures';

/** What a reading gives a claim: every field but the figure's own (its words and offsets). */
export type ReadFields = Omit<Claim, 'figure' | 'start' | 'end'>;

/** The claim of the figure `f` of `text`, its fields in the contract's order (CLAIMS.md): one place, one shape for every claim. */
export function claimAt(text: string, f: RawFigure, r: ReadFields): Claim {
  return {
    metric: r.metric,
    qualifier: r.qualifier,
    low: r.low,
    high: r.high,
    figure: text.slice(f.start, f.end),
    start: f.start,
    end: f.end,
    sentence: r.sentence,
    attribution: r.attribution,
    period: r.period,
    scope: r.scope,
  };
}
