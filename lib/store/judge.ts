// A page's verdicts, answered from the store's indexes: per metric one range of
// buckets (a week each) over the page's ±14-day windows plus some reporting
// days either side (the timeline); a source's earlier counts from the claims' source
// indexes (`flr`, `src` of lib/store/claim-sets.ts).
import { Dexie } from 'dexie';
import { locateFigureInSentence } from '../compare/compare-figures';
import { reasonOf } from '../compare/reason';
import { attributionsOfRepeats } from '../compare/repeats';
import { otherSidesOf } from '../compare/sides';
import { comparisonTime, DAY_MS } from '../compare/time';
import { SAME_BRIEFING_DAYS, SAME_THING_DAYS } from '../compare/thresholds';
import { decideVerdict, GROWING_METRICS, hasSide, isOverlapping, isSameFigure, type RuleFigure, widenFigure } from '../compare/verdict';
import {
  type Attribution,
  type ClaimId,
  type ClaimVerdict,
  type ComparedFigure,
  METRICS,
  type Metric,
  type PageMeta,
  type Scope,
  type Side,
  type VerdictReason,
} from '../types';
import type { CandidateFigure } from '../compare/compare-figures';
import { type ClaimRow, type TallymarkDb, toOutletKey } from './db';
import { type BucketEntry, bucketCacheOf, decodeBucketEntries } from './bucket-cache';
import { claimsInRange, claimsOfSets, getClaims } from './claim-sets';
import { ValidationError } from './validate';

export interface JudgeOptions {
  /** Most compared figures listed per figure (the verdict weighs them all). Default 8; Infinity for all. */
  maxCompared?: number;
  /** Most earlier and later figures listed per figure, the nearest in time. Default 3. */
  maxEarlierLater?: number;
  /** Most timeline figures listed per figure, the nearest in time. Default 10; Infinity for all. */
  maxTimeline?: number;
  /**
   * Reporting days (buckets) of a metric read before and after the page's
   * windows, for the timeline and earlier / later reporting. Default 6;
   * Infinity reads every stored figure of the metric.
   */
  timelineDays?: number;
  /** Stored articles left out (by id): `check --first-install` leaves out a bundled copy of the page itself. */
  excludeArticles?: ReadonlySet<string>;
  /** Read buckets through the store's bucket cache when it has one (lib/store/bucket-cache.ts). Default true. */
  bucketCache?: boolean;
}

const WINDOW = SAME_THING_DAYS * DAY_MS;
const BRIEFING = SAME_BRIEFING_DAYS * DAY_MS;

/** A stored figure read from a bucket (or a claim row), as the rules need it. */
interface Entry extends BucketEntry {
  /** The claim row, when it was read as a row. */
  row?: ClaimRow;
}

const claimIdOf = (e: Entry) => `${e.articleId}#${e.index}`;
/** One figure of one article, whichever of its repeats was read (buckets keep the first; the source indexes may give another). */
const figureOfArticle = (e: Entry) => `${e.articleId}|${e.metric}|${e.low}|${e.high}|${e.time}|${e.scope}|${e.side}`;
/** The order figures are weighed in (ties in time go to the first): by time, then claim id, as buckets keep them. */
const byTimeThenId = (x: Entry, y: Entry) => {
  if (x.time !== y.time) return x.time - y.time;
  const a = claimIdOf(x);
  const b = claimIdOf(y);
  return a < b ? -1 : a > b ? 1 : 0;
};

/** A claim on the page, as judging needs it. Absent scope: `total`; absent attribution: names no one. */
export type FigureOnPage = {
  metric: Metric;
  low: number | null;
  high: number | null;
  period: string | null;
  scope?: Scope;
  attribution?: Attribution | null;
};

/**
 * Adds the entries of some decoded buckets of one metric to `into` (shared
 * with the cache: read, never changed), leaving out the page's own outlet
 * (`own[0]`) and the name the page claims (`own[1]`, which only hides figures
 * from this page). Repeats of a figure in one article were left out of the bucket.
 */
function readDecoded(
  buckets: readonly (readonly BucketEntry[])[],
  own: readonly string[],
  into: Entry[],
  exclude?: ReadonlySet<string>,
): void {
  const [own0, own1] = own;
  for (const entries of buckets) {
    for (const e of entries) {
      if (e.outletKey === own0 || (own1 !== undefined && e.outletKey === own1) || exclude?.has(e.articleId)) continue;
      into.push(e);
    }
  }
}

/**
 * The figures (sorted by time) from `lo` to `hi` and of `edges` reporting days
 * (days with a stored figure of the metric, any outlet's) either side.
 */
function withinDays(entries: readonly Entry[], lo: number, hi: number, edges: number): readonly Entry[] {
  let start = search(entries, lo, false);
  let end = search(entries, hi, true);
  for (let days = 0; start > 0 && days < edges; days++) {
    const t = (entries[start - 1] as Entry).time;
    while (start > 0 && (entries[start - 1] as Entry).time === t) start--;
  }
  for (let days = 0; end < entries.length && days < edges; days++) {
    const t = (entries[end] as Entry).time;
    while (end < entries.length && (entries[end] as Entry).time === t) end++;
  }
  return start === 0 && end === entries.length ? entries : entries.slice(start, end);
}

/** First index in `times` (sorted) whose value is ≥ t (or > t when `after`). */
function searchTimes(times: readonly number[], t: number, after: boolean): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const v = times[mid] as number;
    if (v < t || (after && v === t)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const entryOfRow = (row: ClaimRow): Entry => ({
  outletKey: row.outletKey,
  metric: row.metric,
  low: row.low,
  high: row.high,
  time: row.time,
  scope: row.scope ?? 'total',
  side: row.attribution?.side ?? null,
  ...(row.also?.length ? { also: row.also } : {}),
  articleId: row.articleId,
  index: row.index,
  row,
});

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
    ...(row.outletClaimed ? { outletClaimed: row.outletClaimed } : {}),
    published: row.published,
    figure: row.figure,
    metric: row.metric,
    qualifier: row.qualifier,
    low: row.low,
    high: row.high,
    // A copy: rows may be shared with the store's cache.
    attribution: row.attribution ? { ...row.attribution } : null,
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
  return { ...toComparedFigure(row), time: row.time, articleId: row.articleId, ...(row.also?.length ? { also: row.also } : {}) };
}

/** The nearest `n` of `list` (sorted by time) to time t, in time order. */
function nearest(list: readonly Entry[], t: number, n: number): Entry[] {
  if (list.length <= n) return [...list];
  let hi = search(list, t, false);
  let lo = hi - 1;
  while (hi - lo - 1 < n) {
    const before = lo >= 0 ? t - (list[lo] as Entry).time : Infinity;
    const after = hi < list.length ? (list[hi] as Entry).time - t : Infinity;
    if (before <= after) lo--;
    else hi++;
  }
  return list.slice(lo + 1, hi);
}

const INF = Number.POSITIVE_INFINITY;

/**
 * Another outlet's total of the same source, more than 3 days before `t`,
 * wholly above the figure (for `outdated`), from the `flr` index: null when none.
 */
async function findHigherEarlierCount(
  db: TallymarkDb,
  fig: RuleFigure,
  side: Side,
  isOther: (r: ClaimRow) => boolean,
  wh: number,
): Promise<ClaimRow | null> {
  if (!Number.isFinite(wh)) return null;
  const range = {
    index: 'flr',
    lower: [fig.metric, 'total', side, wh],
    upper: [fig.metric, 'total', side, INF],
    includeLower: false,
  } as const;
  const [row] = await claimsInRange(db, range, (r) => isOther(r) && r.time < fig.time - BRIEFING, 1);
  return row ?? null;
}

/** Another outlet's latest totals of the same source given more than 14 days before (all of that day). */
async function findLatestEarlierTotals(
  db: TallymarkDb,
  fig: RuleFigure,
  side: Side,
  isOther: (r: ClaimRow) => boolean,
): Promise<ClaimRow[]> {
  const key = [fig.metric, 'total', side] as const;
  const before = { index: 'src', lower: [...key, -INF], upper: [...key, fig.time - WINDOW], includeUpper: false, reverse: true } as const;
  const [latest] = await claimsInRange(db, before, isOther, 1);
  if (!latest) return [];
  return claimsInRange(db, { index: 'src', lower: [...key, latest.time], upper: [...key, latest.time] }, isOther);
}

/** Other outlets' totals of the metric that name one of `sides` beside another (few: joint attributions). */
async function findJointTotals(
  db: TallymarkDb,
  fig: RuleFigure,
  sides: readonly Side[],
  isOther: (r: ClaimRow) => boolean,
): Promise<ClaimRow[]> {
  const sets = await db.articles
    .where('also')
    .anyOf([...sides])
    .distinct()
    .toArray();
  return claimsOfSets(sets).filter(
    (r) => r.metric === fig.metric && (r.scope ?? 'total') === 'total' && r.also?.some((s) => sides.includes(s)) && isOther(r),
  );
}

/**
 * Verdicts of a page's claims against the stored figures of other outlets
 * (CLAIMS.md, through `decideVerdict`), one per claim in order. The verdict
 * weighs every figure within 14 days and the source's earlier counts;
 * `compared` lists at most `maxCompared` of the comparable ones (the deciding
 * one, then those that do not overlap, then those that differ; nearer in time
 * first), sorted by time, with `comparedCount` the total. Reads only.
 */
export async function judgePage(
  db: TallymarkDb,
  page: PageMeta,
  claims: readonly FigureOnPage[],
  opts: JudgeOptions = {},
): Promise<ClaimVerdict[]> {
  // Each listed figure is one more row read: the popover shows a few and folds the rest.
  const maxCompared = opts.maxCompared ?? 8;
  // Each figure listed is one more row read (the cost that grows with the store): list few.
  const maxEdge = opts.maxEarlierLater ?? 3;
  const maxTimeline = opts.maxTimeline ?? 10;
  const edgeDays = opts.timelineDays ?? 6;
  const own = page.outletClaimed ? [toOutletKey(page.outlet), toOutletKey(page.outletClaimed)] : [toOutletKey(page.outlet)];
  // A figure the page repeats without its source is judged as the one it repeats.
  const attributions = attributionsOfRepeats(claims);
  const figs: RuleFigure[] = claims.map((c, i) => {
    const t = comparisonTime(c.period, page.published);
    if (t === null) throw new ValidationError(`page.published: not a date written YYYY-MM-DD: ${JSON.stringify(page.published)}`);
    const attribution = attributions[i] ?? null;
    const also = otherSidesOf(attribution);
    return {
      outletKey: own[0] as string,
      metric: c.metric,
      low: c.low,
      high: c.high,
      side: attribution?.side ?? null,
      ...(also.length ? { also } : {}),
      scope: c.scope ?? 'total',
      time: t,
    };
  });

  const cache = opts.bucketCache === false ? undefined : bucketCacheOf(db);
  // Inside a write transaction what is read may never be committed: read through the cache, add nothing to it.
  const inWrite = Dexie.currentTransaction?.mode === 'readwrite';
  return db.transaction('r', db.buckets, db.articles, async () => {
    // A write issued after this point keeps what is read here out of the cache.
    const generation = inWrite ? -1 : (cache?.generation ?? 0);
    const byMetric = new Map<Metric, Entry[]>();
    const span = new Map<Metric, { min: number; max: number }>();
    const readMetric = async (metric: Metric, min: number, max: number, edges: number) => {
      const lo = min - WINDOW;
      const hi = max + WINDOW;
      // The buckets within the windows, from the one holding `lo`, and `edges` more either side
      // (each holds one reporting day at least); cut to the reporting days below (`withinDays`).
      let buckets: (readonly BucketEntry[])[];
      if (cache) {
        const times = await cache.timesOf(db, metric, generation);
        const from = Math.max(0, searchTimes(times, lo, true) - 1);
        const to = searchTimes(times, hi, true);
        const wantTimes = times.slice(Math.max(0, from - edges), Math.min(times.length, to + edges));
        buckets = await cache.bucketsOf(db, metric, wantTimes, generation);
      } else {
        const index = db.buckets.where('[metric+time]');
        const limited = (c: ReturnType<typeof index.between>, n: number) => (Number.isFinite(n) ? c.limit(n) : c);
        const [near, before, after] = await Promise.all([
          index.between([metric, lo], [metric, hi], true, true).toArray(),
          limited(index.between([metric, -Infinity], [metric, lo], true, false).reverse(), edges + 1).toArray(),
          edges > 0 ? limited(index.between([metric, hi], [metric, Infinity], false, true), edges).toArray() : [],
        ]);
        // Buckets in time order, each holding its figures by time, then claim id (bucketRowsOf): no sort needed.
        buckets = [...before.reverse(), ...near, ...after].map(decodeBucketEntries);
      }
      const entries: Entry[] = [];
      readDecoded([withinDays(buckets.flat(), lo, hi, edges)], own, entries, opts.excludeArticles);
      byMetric.set(metric, entries);
      span.set(metric, { min, max });
    };
    const wanted = new Map<Metric, { min: number; max: number }>();
    for (const f of figs) {
      const s = wanted.get(f.metric);
      wanted.set(f.metric, s ? { min: Math.min(s.min, f.time), max: Math.max(s.max, f.time) } : { min: f.time, max: f.time });
    }
    await Promise.all([...wanted].map(([metric, { min, max }]) => readMetric(metric, min, max, edgeDays)));

    // A source's earlier counts, from the claims' source indexes (their answers kept in the cache until the claims change).
    const isOther = (r: ClaimRow) => !own.includes(r.outletKey) && !opts.excludeArticles?.has(r.articleId);
    const who = `${own.join('|')}#${[...(opts.excludeArticles ?? [])].sort().join('|')}`;
    const remember = <T>(key: string, run: () => Promise<T>): Promise<T> =>
      cache && !inWrite ? cache.query(`${key}#${who}`, generation, run) : run();
    const extras = await Promise.all(
      figs.map(async (fig) => {
        if (fig.side === null || fig.scope !== 'total') return [];
        const sides = [fig.side, ...(fig.also ?? [])];
        const all = byMetric.get(fig.metric) ?? [];
        const comparable = all
          .slice(search(all, fig.time - WINDOW, false), search(all, fig.time + WINDOW, true))
          .some((e) => e.scope === fig.scope);
        const found = await Promise.all([
          ...sides.map(async (side) => {
            const rows: ClaimRow[] = [];
            if (GROWING_METRICS.has(fig.metric)) {
              const wh = widenFigure(fig)[1];
              const higher = await remember(`higher|${fig.metric}|${side}|${wh}|${fig.time}`, () =>
                findHigherEarlierCount(db, fig, side, isOther, wh),
              );
              if (higher) rows.push(higher);
            }
            if (!comparable) {
              rows.push(
                ...(await remember(`latest|${fig.metric}|${side}|${fig.time}`, () => findLatestEarlierTotals(db, fig, side, isOther))),
              );
            }
            return rows;
          }),
          remember(`joint|${fig.metric}|${sides.join(',')}`, () => findJointTotals(db, fig, sides, isOther)),
        ]);
        const seen = new Set<string>();
        return found.flat().filter((r) => {
          if (seen.has(r.id)) return false;
          seen.add(r.id);
          return true;
        });
      }),
    );

    const decisions = figs.map((fig, i) => {
      const all = byMetric.get(fig.metric) ?? [];
      const from = search(all, fig.time - WINDOW, false);
      const to = search(all, fig.time + WINDOW, true);
      const near = all.slice(from, to);
      // The source's earlier counts not already among the figures near it (nor a repeat of one: the
      // source indexes may give an article's second copy of a figure whose first the bucket holds).
      const nearFigures = new Set(near.map(figureOfArticle));
      const extra = (extras[i] as ClaimRow[])
        .map(entryOfRow)
        .filter((e) => !(Math.abs(e.time - fig.time) <= WINDOW && nearFigures.has(figureOfArticle(e))))
        .sort(byTimeThenId);
      const decision = decideVerdict(fig, [...near, ...extra]);
      return { fig, all, from, to, extra, decision };
    });

    // Why an alarm differs: the same source's other metrics near it, read where not read yet.
    const alarmed = decisions.filter((d) => d.decision.verdict === 'conflicts' || d.decision.verdict === 'disputed');
    const more = new Map<Metric, { min: number; max: number }>();
    for (const { fig } of alarmed) {
      for (const metric of METRICS) {
        const s = span.get(metric);
        if (s && s.min <= fig.time && fig.time <= s.max) continue;
        const m = more.get(metric);
        more.set(metric, m ? { min: Math.min(m.min, fig.time), max: Math.max(m.max, fig.time) } : { min: fig.time, max: fig.time });
      }
    }
    await Promise.all(
      [...more].map(([metric, r]) => {
        const s = span.get(metric);
        return readMetric(metric, Math.min(r.min, s?.min ?? r.min), Math.max(r.max, s?.max ?? r.max), s ? edgeDays : 0);
      }),
    );

    const picks = decisions.map(({ fig, all, from, to, extra, decision }) => {
      let reason: { kind: 'otherMetric'; metric: Metric; figure: Entry } | { kind: 'earlierCount'; figure: Entry } | null = null;
      const side = fig.side ?? decision.because?.side ?? null;
      if ((decision.verdict === 'conflicts' || decision.verdict === 'disputed') && side !== null) {
        // Only the source's own figures can show why (reasonOf looks at no others).
        const pool: Entry[] = [];
        for (const e of all) if (hasSide(e, side)) pool.push(e);
        for (const e of extra) if (hasSide(e, side)) pool.push(e);
        // Of each other metric, only the source's current figure near it matters: found in one pass, nothing copied.
        for (const metric of METRICS) {
          if (metric === fig.metric) continue;
          const es = byMetric.get(metric) ?? [];
          let latest: Entry | undefined;
          let earliest: Entry | undefined;
          for (let j = search(es, fig.time - WINDOW, false), end = search(es, fig.time + WINDOW, true); j < end; j++) {
            const e = es[j] as Entry;
            if (e.scope !== fig.scope || !hasSide(e, side)) continue;
            earliest ??= e;
            if (e.time <= fig.time + BRIEFING && (latest === undefined || e.time > latest.time)) latest = e;
          }
          const current = latest ?? earliest;
          if (current) pool.push(current);
        }
        reason = reasonOf(fig, decision, pool);
      }
      const { comparable, because } = decision;
      let shown = comparable;
      if (comparable.length > maxCompared) {
        // The deciding figure, then those that do not overlap, that differ, that agree; nearer first.
        const rank = (e: Entry) => (e === because ? 0 : !isOverlapping(fig, e) ? 1 : isSameFigure(fig, e) ? 3 : 2);
        const keys = comparable.map((e) => rank(e) * 1e13 + Math.abs(e.time - fig.time));
        const order = Array.from(comparable.keys()).sort((a, b) => (keys[a] as number) - (keys[b] as number));
        shown = order.slice(0, maxCompared).map((k) => comparable[k] as Entry);
      }
      if (because && !comparable.includes(because)) shown = [...shown, because];
      const timeline: Entry[] = [];
      for (let j = 0; j < from; j++) if ((all[j] as Entry).scope === 'total') timeline.push(all[j] as Entry);
      for (let j = to; j < all.length; j++) if ((all[j] as Entry).scope === 'total') timeline.push(all[j] as Entry);
      const outsideExtra = extra.filter((e) => Math.abs(e.time - fig.time) > WINDOW);
      if (outsideExtra.length > 0) {
        const have = new Set(timeline.map(figureOfArticle));
        for (const e of outsideExtra) if (!have.has(figureOfArticle(e))) timeline.push(e);
        timeline.sort(byTimeThenId);
      }
      return {
        verdict: decision.verdict,
        reason,
        comparedCount: comparable.length + (because && !comparable.includes(because) ? 1 : 0),
        shown,
        timeline: nearest(timeline, fig.time, maxTimeline),
        earlier: all.slice(Math.max(0, from - maxEdge), from),
        later: all.slice(to, to + maxEdge),
      };
    });

    const details = new Map<string, ClaimRow>();
    const want = new Set<string>();
    for (const p of picks) {
      for (const e of [...p.shown, ...p.timeline, ...p.earlier, ...p.later, ...(p.reason ? [p.reason.figure] : [])]) {
        if (e.row) details.set(e.row.id, e.row);
        else want.add(claimIdOf(e));
      }
    }
    const ids = [...want].filter((id) => !details.has(id));
    const got = cache ? await cache.rowsOf(db, ids as ClaimId[], generation) : await getClaims(db, ids as ClaimId[]);
    for (const r of got) if (r) details.set(r.id, r);
    const show = (list: readonly Entry[]) => {
      const found = list.map((e) => details.get(claimIdOf(e))).filter((r): r is ClaimRow => r !== undefined);
      return found.sort((a, b) => a.time - b.time || a.outlet.localeCompare(b.outlet)).map(toComparedFigure);
    };
    const showReason = (r: (typeof picks)[number]['reason']): VerdictReason | null => {
      const row = r && details.get(claimIdOf(r.figure));
      if (!r || !row) return null;
      return r.kind === 'otherMetric'
        ? { kind: 'otherMetric', metric: r.metric, figure: toComparedFigure(row) }
        : { kind: 'earlierCount', figure: toComparedFigure(row) };
    };
    return picks.map(
      (p): ClaimVerdict => ({
        verdict: p.verdict,
        reason: showReason(p.reason),
        timeline: show(p.timeline),
        compared: show(p.shown),
        comparedCount: p.comparedCount,
        earlier: show(p.earlier),
        later: show(p.later),
      }),
    );
  });
}
