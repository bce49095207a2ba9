// A copy of schema version 1's code path (lib/store at version 1), kept so
// tests can build a real version-1 store and upgrade it. Do not change.
// biome-ignore-all lint: a frozen copy
// A page's verdicts, answered from the store's buckets: per metric one range
// over the page's ±14-day windows, plus the nearest buckets before and after.
import { type CandidateFigure, isSameFigure, locateFigureInSentence, widenFigure } from '../../../../lib/compare/compare-figures';
import { comparisonTime, DAY_MS, SAME_THING_DAYS } from '../../../../lib/compare/time';
import type { ClaimId, ClaimVerdict, ComparedFigure, Metric, PageMeta, Verdict } from '../../../../lib/types';
import { type BucketData, type BucketRow, type ClaimRow, type TallymarkDb, toOutletKey } from './db-v1';
import { ValidationError } from '../../../../lib/store/validate';

export interface JudgeOptions {
  /** Most compared figures listed per figure (the verdict weighs them all). Default 8; Infinity for all. */
  maxCompared?: number;
  /** Most earlier and later figures listed per figure, the nearest in time. Default 5. */
  maxEarlierLater?: number;
}

/** Buckets read before and after a metric's window for earlier / later reporting. */
const EDGE_BUCKETS = 6;
const WINDOW = SAME_THING_DAYS * DAY_MS;

interface Entry {
  time: number;
  low: number | null;
  high: number | null;
  /** The widened interval (a point n as [0.9n, 1.1n]), computed once. */
  wl: number;
  wh: number;
  /** The bucket's article ids, the figure's position in them, and its index there: its claim id, built only when shown. */
  articles: readonly string[];
  article: number;
  index: number;
}

const claimIdOf = (e: Entry) => `${e.articles[e.article]}#${e.index}` as ClaimId;

/** A claim on the page, as judging needs it. */
export type FigureOnPage = { metric: Metric; low: number | null; high: number | null; period: string | null };

/**
 * Adds the entries of some buckets to `into`, leaving out the page's own
 * outlet. (Repeats of a figure in one article were left out of the bucket.)
 */
function readBuckets(rows: readonly BucketRow[], own: string, into: Entry[]): void {
  for (const row of rows) {
    const data = JSON.parse(row.entries) as BucketData;
    const ownIndex = data.o.indexOf(own);
    for (const [low, high, outlet, article, index] of data.e) {
      if (outlet === ownIndex) continue;
      // widenFigure, inline: this runs for every stored figure in the windows.
      const point = low !== null && low === high;
      const wl = point ? low * 0.9 : (low ?? -Infinity);
      const wh = point ? (high as number) * 1.1 : (high ?? Infinity);
      into.push({ time: row.time, low, high, wl, wh, articles: data.a, article, index });
    }
  }
}

/** First index in `entries` (sorted by time) whose time is ≥ t (or > t when `after`). */
function search(entries: readonly Entry[], t: number, after: boolean): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const v = (entries[mid] as Entry).time;
    if (v < t || (after && v === t)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A stored claim as a figure shown beside a figure on the page. */
export function toComparedFigure(row: ClaimRow): ComparedFigure {
  return {
    outlet: row.outlet,
    published: row.published,
    figure: row.figure,
    metric: row.metric,
    qualifier: row.qualifier,
    low: row.low,
    high: row.high,
    attribution: row.attribution,
    scope: row.scope ?? 'total',
    period: row.period,
    url: row.url,
    title: row.title,
    sentence: row.sentence,
    figureInSentence: locateFigureInSentence(row.sentence, row.figure, row.quote?.prefix),
  };
}

/** A stored claim as a candidate for `judgeFigure`. */
export function toCandidate(row: ClaimRow): CandidateFigure {
  return { ...toComparedFigure(row), time: row.time, articleId: row.articleId };
}

/**
 * Verdicts of a page's claims against the stored figures of other outlets
 * (CLAIMS.md), one per claim in order. The verdict weighs every figure within
 * 14 days; `compared` lists at most `maxCompared` of them (conflicting, then
 * differing, then agreeing; nearer in time first), sorted by time, with
 * `comparedCount` the total. Reads only.
 */
export async function judgePage(
  db: TallymarkDb,
  page: PageMeta,
  claims: readonly FigureOnPage[],
  opts: JudgeOptions = {},
): Promise<ClaimVerdict[]> {
  // Each listed figure is one more row read: the popover shows a few and folds the rest.
  const maxCompared = opts.maxCompared ?? 8;
  const maxEdge = opts.maxEarlierLater ?? 5;
  const own = toOutletKey(page.outlet);
  const times = claims.map((c) => {
    const t = comparisonTime(c.period, page.published);
    if (t === null) throw new ValidationError(`page.published: not a date written YYYY-MM-DD: ${JSON.stringify(page.published)}`);
    return t;
  });
  const span = new Map<Metric, { min: number; max: number }>();
  claims.forEach((c, i) => {
    const t = times[i] as number;
    const s = span.get(c.metric);
    span.set(c.metric, s ? { min: Math.min(s.min, t), max: Math.max(s.max, t) } : { min: t, max: t });
  });

  return db.transaction('r', db.buckets, db.claims, async () => {
    const byMetric = new Map<Metric, Entry[]>();
    await Promise.all(
      [...span].map(async ([metric, { min, max }]) => {
        const index = db.buckets.where('[metric+time]');
        const [near, before, after] = await Promise.all([
          index.between([metric, min - WINDOW], [metric, max + WINDOW], true, true).toArray(),
          index
            .between([metric, -Infinity], [metric, min - WINDOW], true, false)
            .reverse()
            .limit(EDGE_BUCKETS)
            .toArray(),
          index
            .between([metric, max + WINDOW], [metric, Infinity], false, true)
            .limit(EDGE_BUCKETS)
            .toArray(),
        ]);
        const entries: Entry[] = [];
        readBuckets(before, own, entries);
        readBuckets(near, own, entries);
        readBuckets(after, own, entries);
        byMetric.set(
          metric,
          entries.sort((x, y) => x.time - y.time),
        );
      }),
    );

    const picks = claims.map((c, i) => {
      const t = times[i] as number;
      const all = byMetric.get(c.metric) ?? [];
      const from = search(all, t - WINDOW, false);
      const to = search(all, t + WINDOW, true);
      const near = all.slice(from, to);
      const [fl, fh] = widenFigure(c);
      const conflicts = (e: Entry) => e.wh < fl || e.wl > fh;
      const verdict: Verdict =
        near.length === 0 ? 'unique' : near.some(conflicts) ? 'conflicts' : near.every((e) => isSameFigure(c, e)) ? 'agrees' : 'differs';
      let shown = near;
      if (near.length > maxCompared) {
        const rank = (e: Entry) => (conflicts(e) ? 0 : isSameFigure(c, e) ? 2 : 1);
        shown = near
          .map((e) => ({ e, r: rank(e), d: Math.abs(e.time - t) }))
          .sort((a, b) => a.r - b.r || a.d - b.d)
          .slice(0, maxCompared)
          .map((x) => x.e);
      }
      const earlier = all.slice(Math.max(0, from - maxEdge), from);
      const later = all.slice(to, to + maxEdge);
      return { verdict, comparedCount: near.length, shown, earlier, later };
    });

    const ids = [...new Set(picks.flatMap((p) => [...p.shown, ...p.earlier, ...p.later].map(claimIdOf)))];
    const rows = await db.claims.bulkGet(ids);
    const details = new Map<string, ClaimRow>();
    rows.forEach((r) => r && details.set(r.id, r));
    const show = (list: Entry[]) => {
      const found = list.map((e) => details.get(claimIdOf(e))).filter((r): r is ClaimRow => r !== undefined);
      return found.sort((a, b) => a.time - b.time || a.outlet.localeCompare(b.outlet)).map(toComparedFigure);
    };
    return picks.map(
      (p): ClaimVerdict => ({
        verdict: p.verdict,
        compared: show(p.shown),
        comparedCount: p.comparedCount,
        earlier: show(p.earlier),
        later: show(p.later),
      }),
    );
  });
}
