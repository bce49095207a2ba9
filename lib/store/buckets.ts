// Keeping `buckets` (all figures of a metric in a week, as one short string)
// in step with `claims`. Call these inside the write transaction that changed
// the claims, with `db.buckets` in its scope.
import type { Metric } from '../types';
import { claimsOfSets } from './claim-sets';
import { DAY_MS } from '../compare/time';
import { type BucketData, type BucketRow, bucketRowsOf, bucketTimeOf, type ClaimRow, type TallymarkDb } from './db';
import { figureTimesOf } from './bucket-cache';

/** A (metric, start of its week) pair, the key of a bucket. */
export type BucketKey = [Metric, number];

/** Above this many buckets to refresh, rebuilding them all from the claims is cheaper. */
const FULL_REBUILD_AT = 2000;

/** The distinct bucket keys of some claim rows. */
export function bucketKeysOf(rows: Iterable<Pick<ClaimRow, 'metric' | 'time'>>): BucketKey[] {
  const seen = new Map<string, BucketKey>();
  for (const r of rows) {
    const time = bucketTimeOf(r.time);
    seen.set(`${r.metric}|${time}`, [r.metric, time]);
  }
  return [...seen.values()];
}

/** Rebuilds every bucket from the claims. */
export async function rebuildAllBuckets(db: TallymarkDb): Promise<void> {
  const claims = claimsOfSets(await db.articles.toArray());
  await db.buckets.clear();
  await db.buckets.bulkPut(bucketRowsOf(claims));
}

type BucketFigure = BucketData['e'][number];
/** A bucket's figure with its outlet and article spelled out, its time and claim id (the order a bucket keeps). */
type Spelled = { id: string; time: number; outletKey: string; articleId: string; e: BucketFigure };

function spell(row: BucketRow): Spelled[] {
  const data = JSON.parse(row.entries) as BucketData;
  const times = figureTimesOf(row, data);
  return data.e.map((e, i) => {
    const articleId = data.a[e[3]] as string;
    return { id: `${articleId}#${e[4]}`, time: times[i] as number, outletKey: data.o[e[2]] as string, articleId, e };
  });
}

/** Encodes the figures of the bucket at `time` by time then claim id, each outlet and article listed once, in order of first use (as `bucketRowsOf`). */
function encode(figures: Spelled[], time: number): string {
  figures.sort((x, y) => x.time - y.time || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const data: BucketData = { o: [], a: [], e: [] };
  const offsets = figures.map((f) => Math.round((f.time - time) / DAY_MS));
  const outlets = new Map<string, number>();
  const articles = new Map<string, number>();
  for (const f of figures) {
    let o = outlets.get(f.outletKey);
    if (o === undefined) outlets.set(f.outletKey, (o = data.o.push(f.outletKey) - 1));
    let a = articles.get(f.articleId);
    if (a === undefined) articles.set(f.articleId, (a = data.a.push(f.articleId) - 1));
    const e: BucketFigure = [...f.e];
    e[2] = o;
    e[3] = a;
    data.e.push(e);
  }
  if (offsets.some((d) => d !== 0)) data.d = offsets;
  return JSON.stringify(data);
}

/**
 * Replaces in the buckets the figures of some articles: `old` are their claims
 * as stored until now, `fresh` what they hold from now on (none: deleted). A
 * bucket's figures of one article depend on that article's claims alone
 * (`bucketRowsOf`), so the other figures are kept as they are, unread as claims.
 */
export async function replaceInBuckets(
  db: TallymarkDb,
  articles: Iterable<string>,
  old: readonly ClaimRow[],
  fresh: readonly ClaimRow[],
): Promise<void> {
  const keys = bucketKeysOf([...old, ...fresh]);
  if (keys.length === 0) return;
  if (keys.length >= FULL_REBUILD_AT) return rebuildAllBuckets(db);
  const changed = new Set(articles);
  for (const c of fresh) changed.add(c.articleId);
  const adding = new Map<string, Spelled[]>();
  for (const row of bucketRowsOf(fresh)) adding.set(`${row.metric}|${row.time}`, spell(row));
  const rows = await db.buckets.bulkGet(keys);
  const put: BucketRow[] = [];
  const gone: BucketKey[] = [];
  keys.forEach(([metric, time], i) => {
    const row = rows[i];
    const kept = row ? spell(row).filter((f) => !changed.has(f.articleId)) : [];
    const figures = [...kept, ...(adding.get(`${metric}|${time}`) ?? [])];
    if (figures.length) put.push({ metric, time, entries: encode(figures, time) });
    else if (row) gone.push([metric, time]);
  });
  if (put.length) await db.buckets.bulkPut(put);
  if (gone.length) await db.buckets.bulkDelete(gone);
}
