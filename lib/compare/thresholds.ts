// The contract's numbers for comparing figures (CLAIMS.md, "Comparing figures
// across outlets"), in one place: every rule reads them from here.

/** Two figures are about the same thing (comparable) when their times lie within this many days. */
export const SAME_THING_DAYS = 14;

/**
 * The same briefing: figures of one source within this many days cannot both
 * be right (`conflicts`); a source's current figure may be dated up to this
 * many days after the figure judged; `outdated` needs the higher count to be
 * older than this.
 */
export const SAME_BRIEFING_DAYS = 3;

/** A point figure n is read as [n − 10%, n + 10%]; two points within 10% of each other agree. */
export const ESTIMATE_TOLERANCE = 0.1;
