// Each source's standing, from the claims' source index
// (`src` of lib/store/claim-sets.ts): its current total of each metric as of a date.
import { DAY_MS } from '../compare/time';
import { SAME_BRIEFING_DAYS, SAME_THING_DAYS } from '../compare/thresholds';
import { isSameFigure } from '../compare/verdict';
import type { SourceSummary } from '../messages';
import { METRICS, SIDES } from '../types';
import { claimsInRange } from './claim-sets';
import type { TallymarkDb } from './db';
import { toComparedFigure } from './judge';

/** Most earlier totals listed per source and metric, the latest ones. */
const MAX_HISTORY = 20;

/**
 * For each named source (side) and metric, its current `total` as of `at`
 * (ms): its latest dated no later than 3 days after, else its earliest; how
 * many outlets report that figure within 14 days of it; and its earlier
 * totals, oldest first (at most 20, the latest). Figures naming no one are
 * each a source of their own, so they have no summary. Reads only.
 */
export async function getSources(db: TallymarkDb, at: number): Promise<SourceSummary[]> {
  const INF = Number.POSITIVE_INFINITY;
  const pairs = SIDES.flatMap((side) => METRICS.map((metric) => ({ side, metric })));
  const summaries = await db.transaction('r', db.articles, () =>
    Promise.all(
      pairs.map(async ({ side, metric }): Promise<SourceSummary | null> => {
        const key = [metric, 'total', side] as const;
        const limit = at + SAME_BRIEFING_DAYS * DAY_MS;
        const current =
          (await claimsInRange(db, { index: 'src', lower: [...key, -INF], upper: [...key, limit], reverse: true }, undefined, 1))[0] ??
          (await claimsInRange(db, { index: 'src', lower: [...key, limit], upper: [...key, INF], includeLower: false }, undefined, 1))[0];
        if (!current) return null;
        const window = SAME_THING_DAYS * DAY_MS;
        const [near, history] = await Promise.all([
          claimsInRange(db, { index: 'src', lower: [...key, current.time - window], upper: [...key, current.time + window] }),
          claimsInRange(
            db,
            { index: 'src', lower: [...key, -INF], upper: [...key, current.time], includeUpper: false, reverse: true },
            undefined,
            MAX_HISTORY,
          ),
        ]);
        const outlets = new Set(near.filter((r) => isSameFigure(r, current)).map((r) => r.outletKey));
        return {
          side,
          metric,
          current: toComparedFigure(current),
          outlets: outlets.size,
          history: history.reverse().map(toComparedFigure),
        };
      }),
    ),
  );
  return summaries.filter((s): s is SourceSummary => s !== null);
}
