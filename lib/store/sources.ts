// Each source's standing, from the claims' source index
// (`[metric+scope+side+time]`): its current total of each metric as of a date.
import { DAY_MS } from '../compare/time';
import { SAME_BRIEFING_DAYS, SAME_THING_DAYS } from '../compare/thresholds';
import { isSameFigure } from '../compare/verdict';
import type { SourceSummary } from '../messages';
import { METRICS, SIDES } from '../types';
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
  const index = db.claims.where('[metric+scope+side+time]');
  const pairs = SIDES.flatMap((side) => METRICS.map((metric) => ({ side, metric })));
  const summaries = await db.transaction('r', db.claims, () =>
    Promise.all(
      pairs.map(async ({ side, metric }): Promise<SourceSummary | null> => {
        const limit = at + SAME_BRIEFING_DAYS * DAY_MS;
        const current =
          (await index.between([metric, 'total', side, -Infinity], [metric, 'total', side, limit], true, true).last()) ??
          (await index.between([metric, 'total', side, limit], [metric, 'total', side, Infinity], false, true).first());
        if (!current) return null;
        const window = SAME_THING_DAYS * DAY_MS;
        const [near, history] = await Promise.all([
          index
            .between([metric, 'total', side, current.time - window], [metric, 'total', side, current.time + window], true, true)
            .toArray(),
          index
            .between([metric, 'total', side, -Infinity], [metric, 'total', side, current.time], true, false)
            .reverse()
            .limit(MAX_HISTORY)
            .toArray(),
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
