// The scope of a figure stored before scopes existed (schema version 1),
// read again from its stored sentence by the extractor.
import { extractClaims } from '../extract/extract-claims';
import type { Metric, Scope } from '../types';

/**
 * The scope the extractor gives the figure in its stored sentence (the claim
 * of that sentence with the same words, metric and bounds); `total` when the
 * row kept no sentence (the bundled corpus) or the figure is not found there.
 */
export function scopeOfStoredFigure(c: { sentence: string | null; figure: string; metric: Metric; low: number | null; high: number | null; published?: string }): Scope {
  if (c.sentence === null || c.sentence === undefined) return 'total';
  try {
    const found = extractClaims(c.sentence, c.published ? { published: c.published } : {})
      .find((x) => x.figure === c.figure && x.metric === c.metric && x.low === c.low && x.high === c.high);
    return found?.scope ?? 'total';
  } catch {
    return 'total';
  }
}
