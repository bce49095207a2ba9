// Decoded buckets kept in memory (in the background, where the store lives):
// once warm, a page's verdicts read their buckets from here instead of
// parsing bucket rows again (most of the time judging took at 100,000 claims),
// and the claim rows they show from here instead of reading them again.
//
// Staleness: a Dexie middleware sees EVERY write to `buckets` (put, add,
// delete, deleteRange: ingest, restore, deletes, the bundled corpus, the
// upgrades, anything written later) and drops what it touches: the decoded
// bucket of each key written, and the list of bucket times of its metric;
// a range delete or clear drops everything. A generation counter, bumped
// when a write is issued and again when it settles, keeps a judging that
// read a bucket before the write from caching it after. Claim rows are
// dropped the same way by each write to `articles`, whose rows hold their
// claims (per article; a clear drops all), and the answers of judging's
// source-index queries by any write to `articles`, except one its writer
// marked as leaving the claims as they were (`markClaimsUnchanged`: a page
// read again with the same figures).
// The store has one writer, the background's Dexie instance: a write by
// another connection is not seen (reopening starts empty).
//
// Bound: at most MAX_BUCKETS decoded buckets and MAX_ROWS claim rows (least
// recently used dropped first), plus one list of bucket times per metric.
import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';
import type { RuleFigure } from '../compare/verdict';
import { type ClaimId, type Metric, SCOPES, SIDES } from '../types';
import { getClaims } from './claim-sets';
import { DAY_MS } from '../compare/time';
import type { BucketData, BucketRow, ClaimRow, StoredArticle, TallymarkDb } from './db';

/** Most claim rows kept (the rows a page's verdicts show: compared, timeline, earlier, later). */
export const MAX_ROWS = 5000;

/** Most answers of judging's source-index queries kept. */
export const MAX_QUERIES = 5000;

/** Most decoded buckets kept (a bucket is one metric's figures of one week; two years of six metrics is ~630). */
export const MAX_BUCKETS = 3000;

/** A stored figure read from a bucket, as judging needs it. */
export interface BucketEntry extends RuleFigure {
  articleId: string;
  index: number;
}

/** The comparison time of each figure of a bucket row, in its order (`BucketData.d`). */
export const figureTimesOf = (row: BucketRow, data: BucketData): number[] => data.e.map((_, i) => row.time + (data.d?.[i] ?? 0) * DAY_MS);

/** Every figure of a bucket row, in its order (the shape judging builds; see `readBuckets` in judge.ts). */
export function decodeBucketEntries(row: BucketRow): BucketEntry[] {
  const data = JSON.parse(row.entries) as BucketData;
  const times = figureTimesOf(row, data);
  const out: BucketEntry[] = [];
  for (let i = 0; i < data.e.length; i++) {
    const [low, high, outlet, article, index, scope, side, also] = data.e[i] as BucketData['e'][number];
    const e: BucketEntry = {
      outletKey: data.o[outlet] as string,
      metric: row.metric,
      low,
      high,
      time: times[i] as number,
      scope: SCOPES[scope] ?? 'total',
      side: SIDES[side] ?? null,
      articleId: data.a[article] as string,
      index,
    };
    if (also) e.also = SIDES.filter((_, i) => also & (1 << i));
    out.push(Object.freeze(e));
  }
  return out;
}

const keyOf = (metric: Metric, time: number) => `${metric}|${time}`;

/** The decoded buckets of one store. */
export class BucketCache {
  /** Bumped by every write to `buckets` (when issued and when settled). */
  generation = 0;
  private readonly times = new Map<Metric, readonly number[]>();
  private readonly decoded = new Map<string, readonly BucketEntry[]>();
  private readonly rows = new Map<string, ClaimRow>();
  /** Answers of judging's source-index queries (a source's earlier counts), by query: dropped by every write to `articles` that may change claims. */
  private readonly queries = new Map<string, unknown>();
  /** Reads and misses, for tests and measurement. */
  readonly stats = { hits: 0, misses: 0 };

  constructor(
    readonly maxBuckets = MAX_BUCKETS,
    readonly maxRows = MAX_ROWS,
  ) {}

  /** How many decoded buckets are held. */
  get size(): number {
    return this.decoded.size;
  }

  /** How many claim rows are held. */
  get rowCount(): number {
    return this.rows.size;
  }

  clear(): void {
    this.generation++;
    this.times.clear();
    this.decoded.clear();
    this.rows.clear();
    this.queries.clear();
  }

  /** How many query answers are held. */
  get queryCount(): number {
    return this.queries.size;
  }

  /**
   * The answer of a read-only query of the claims named `key` (all it depends
   * on), run inside the caller's transaction when not held. Kept unless a
   * write was issued since `generation`; the rows answered are shared, never changed.
   */
  async query<T>(key: string, generation: number, run: () => Promise<T>): Promise<T> {
    if (this.queries.has(key)) {
      const held = this.queries.get(key) as T;
      this.queries.delete(key);
      this.queries.set(key, held);
      return held;
    }
    const answer = await run();
    if (generation === this.generation) {
      this.queries.set(key, answer);
      while (this.queries.size > MAX_QUERIES) this.queries.delete(this.queries.keys().next().value as string);
    }
    return answer;
  }

  /** Drops the claim rows a write to `articles` touches (keyed by article id; all of them, when its keys are not known). */
  invalidateClaims(req: DBCoreMutateRequest): void {
    this.generation++;
    this.queries.clear();
    const keys: unknown[] =
      req.type === 'delete'
        ? req.keys
        : req.type === 'add' || req.type === 'put'
          ? (req.keys ?? req.values.map((v) => (v as StoredArticle).id))
          : [];
    if (req.type === 'deleteRange' || keys.length === 0 || keys.some((k) => typeof k !== 'string')) {
      this.rows.clear();
      return;
    }
    const articles = new Set(keys as string[]);
    for (const [id, row] of this.rows) if (articles.has(row.articleId)) this.rows.delete(id);
  }

  /** Claim rows by id, in that order (undefined where none; missing ones read in one go). */
  async rowsOf(db: TallymarkDb, ids: readonly ClaimId[], generation: number): Promise<(ClaimRow | undefined)[]> {
    const out = ids.map((id) => {
      const held = this.rows.get(id);
      if (held) {
        this.rows.delete(id);
        this.rows.set(id, held);
      }
      return held;
    });
    const missing = ids.filter((_, i) => out[i] === undefined);
    if (missing.length === 0) return out;
    const read = await getClaims(db, missing);
    let j = 0;
    for (let i = 0; i < out.length; i++) {
      if (out[i] !== undefined) continue;
      const row = read[j++];
      out[i] = row;
      if (row && generation === this.generation) {
        this.rows.set(row.id, row);
        while (this.rows.size > this.maxRows) this.rows.delete(this.rows.keys().next().value as string);
      }
    }
    return out;
  }

  /** Drops what a write to `buckets` touches (everything, when its keys are not known). */
  invalidate(req: DBCoreMutateRequest): void {
    this.generation++;
    const keys: unknown[] =
      req.type === 'delete'
        ? req.keys
        : req.type === 'add' || req.type === 'put'
          ? (req.keys ?? req.values.map((v) => [(v as BucketRow).metric, (v as BucketRow).time]))
          : [];
    if (req.type === 'deleteRange' || keys.length === 0) {
      this.clear();
      return;
    }
    // More keys than buckets held (a restore, the bundled corpus): dropping all of them is the cheaper way.
    if (keys.length > this.decoded.size) {
      this.decoded.clear();
      this.times.clear();
      return;
    }
    for (const k of keys) {
      if (!Array.isArray(k) || typeof k[0] !== 'string' || typeof k[1] !== 'number') {
        this.clear();
        return;
      }
      this.decoded.delete(keyOf(k[0] as Metric, k[1]));
      this.times.delete(k[0] as Metric);
    }
  }

  /** The sorted times of a metric's buckets (read inside the caller's transaction when not held). */
  async timesOf(db: TallymarkDb, metric: Metric, generation: number): Promise<readonly number[]> {
    const held = this.times.get(metric);
    if (held) return held;
    const keys = await db.buckets.where('[metric+time]').between([metric, -Infinity], [metric, Infinity], true, true).primaryKeys();
    const times = keys.map((k) => k[1]);
    if (generation === this.generation) this.times.set(metric, times);
    return times;
  }

  /** The decoded buckets of a metric at these times, in that order (missing ones read in one go). */
  async bucketsOf(db: TallymarkDb, metric: Metric, times: readonly number[], generation: number): Promise<(readonly BucketEntry[])[]> {
    const out: (readonly BucketEntry[] | undefined)[] = times.map((t) => {
      const k = keyOf(metric, t);
      const held = this.decoded.get(k);
      if (held) {
        // Most recently used last.
        this.decoded.delete(k);
        this.decoded.set(k, held);
        this.stats.hits++;
      }
      return held;
    });
    const missing = times.filter((_, i) => out[i] === undefined);
    if (missing.length > 0) {
      this.stats.misses += missing.length;
      const rows = await db.buckets.bulkGet(missing.map((t) => [metric, t] as [Metric, number]));
      let j = 0;
      for (let i = 0; i < out.length; i++) {
        if (out[i] !== undefined) continue;
        const row = rows[j++];
        const entries = row ? decodeBucketEntries(row) : [];
        out[i] = entries;
        if (row && generation === this.generation) this.put(keyOf(metric, row.time), entries);
      }
    }
    return out as (readonly BucketEntry[])[];
  }

  private put(k: string, entries: readonly BucketEntry[]): void {
    this.decoded.delete(k);
    this.decoded.set(k, entries);
    while (this.decoded.size > this.maxBuckets) {
      const oldest = this.decoded.keys().next().value as string;
      this.decoded.delete(oldest);
    }
  }
}

const caches = new WeakMap<TallymarkDb, BucketCache>();

/** Rows to be written whose claims are those already stored (`markClaimsUnchanged`). */
const unchangedClaims = new WeakSet<object>();

/**
 * Marks a stored article about to be put as holding the very claims its stored
 * row holds (only the article's own fields, such as `readAt`, change): the
 * write keeps the cached claim rows and query answers. Returns the row.
 */
export function markClaimsUnchanged<T extends StoredArticle>(row: T): T {
  unchangedClaims.add(row);
  return row;
}

/** The bucket cache of a store, when it has one (`installBucketCache`). */
export const bucketCacheOf = (db: TallymarkDb): BucketCache | undefined => caches.get(db);

/** Gives a store (not yet opened) a bucket cache, emptied by every write to `buckets` and on every open. */
export function installBucketCache(db: TallymarkDb, maxBuckets = MAX_BUCKETS): BucketCache {
  const cache = new BucketCache(maxBuckets);
  caches.set(db, cache);
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'tallymarkBucketCache',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== 'buckets' && name !== 'articles') return table;
        const drop = (req: DBCoreMutateRequest) => {
          if (name === 'buckets') cache.invalidate(req);
          else if (!(req.type === 'put' && req.values.every((v) => unchangedClaims.has(v as object)))) cache.invalidateClaims(req);
        };
        return {
          ...table,
          mutate: (req) => {
            drop(req);
            const settled = () => drop(req);
            return table.mutate(req).then(
              (res) => {
                settled();
                return res;
              },
              (e: unknown) => {
                settled();
                throw e;
              },
            );
          },
        };
      },
    }),
  };
  db.use(middleware);
  // An upgrade or another store's change happens before (re)opening: start empty.
  db.on('ready', () => cache.clear(), true);
  db.on('versionchange', () => {
    cache.clear();
  });
  return cache;
}
