// The bucket cache (lib/store/bucket-cache.ts): judging through it gives
// exactly what judging without it gives, and a judging after any write to the
// store sees the write.
import fc from 'fast-check';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { createBackupText, restoreBackup } from '../../../lib/store/backup';
import { bucketCacheOf, BucketCache } from '../../../lib/store/bucket-cache';
import { type BundledCorpus, loadBundled } from '../../../lib/store/bundled';
import { createDb, type TallymarkDb } from '../../../lib/store/db';
import { ingestPage } from '../../../lib/store/ingest';
import { type FigureOnPage, type JudgeOptions, judgePage } from '../../../lib/store/judge';
import { deleteAll, deleteArticle, deleteBundled, deleteOutlet } from '../../../lib/store/maintenance';
import type { Attribution, Metric, PageMeta, Side } from '../../../lib/types';
import { claim, closeAfterTest, freshDb, page, storedClaims } from './helpers';
import { BUNDLED_FORMAT, loadBundled as loadBundledV1 } from './v1/bundled-v1';
import { createDb as createDbV1 } from './v1/db-v1';
import { ingestPage as ingestPageV1 } from './v1/ingest-v1';

const track = closeAfterTest;

const OUTLETS = ['Alpha', 'Beta', 'Gamma', 'Delta'];
const METRICS: Metric[] = ['killed', 'deployed', 'casualties'];
const day = (n: number) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
const NAMES: Partial<Record<Side, string>> = { kr: 'Seoul', ua: 'Kyiv' };
const attributionOf = (side: Side | null): Attribution | null => (side ? { side, text: NAMES[side] as string } : null);
const sentenceFor = (i: number) => `Figure number ${i} of our own was 42 soldiers.`;

/** Judges twice, through the cache and around it, checks both agree, and answers the cached one. */
async function judgeBoth(db: TallymarkDb, p: PageMeta, figs: readonly FigureOnPage[], opts: JudgeOptions = {}) {
  const cached = await judgePage(db, p, figs, opts);
  const plain = await judgePage(db, p, figs, { ...opts, bucketCache: false });
  expect(cached).toEqual(plain);
  return cached;
}

const bound = fc.constantFrom(null, 100, 105, 120, 300, 330, 3000);
const figureArb = fc
  .record({ metric: fc.constantFrom(...METRICS), low: bound, high: bound, side: fc.constantFrom<Side | null>(null, 'kr', 'ua') })
  .map((f) => (f.low !== null && f.high !== null && f.low > f.high ? { ...f, low: f.high, high: f.low } : f));
const articleArb = fc.record({
  outlet: fc.constantFrom(...OUTLETS),
  n: fc.integer({ min: 0, max: 5 }),
  day: fc.integer({ min: 0, max: 90 }),
  figures: fc.array(figureArb, { minLength: 1, maxLength: 4 }),
});
const bundledArb = fc.record({
  version: fc.constantFrom('b1', 'b2', 'b3'),
  articles: fc.array(articleArb, { minLength: 1, maxLength: 3 }),
});
const opArb = fc.oneof(
  { weight: 5, arbitrary: articleArb.map((a) => ({ kind: 'ingest' as const, a })) },
  {
    weight: 4,
    arbitrary: fc
      .record({
        a: articleArb,
        opts: fc.constantFrom<JudgeOptions>(
          {},
          { timelineDays: 1 },
          { timelineDays: 0 },
          { maxCompared: Infinity, maxEarlierLater: Infinity, maxTimeline: Infinity, timelineDays: Infinity },
        ),
      })
      .map((x) => ({ kind: 'judge' as const, ...x })),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({ outlet: fc.constantFrom(...OUTLETS), n: fc.integer({ min: 0, max: 5 }) })
      .map((x) => ({ kind: 'deleteArticle' as const, ...x })),
  },
  { weight: 1, arbitrary: fc.constantFrom(...OUTLETS).map((outlet) => ({ kind: 'deleteOutlet' as const, outlet })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'deleteBundled' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'deleteAll' as const }) },
  { weight: 1, arbitrary: bundledArb.map((b) => ({ kind: 'loadBundled' as const, b })) },
  { weight: 1, arbitrary: fc.array(articleArb, { minLength: 1, maxLength: 3 }).map((as) => ({ kind: 'restore' as const, as })) },
);

const urlOf = (outlet: string, n: number) => `https://${outlet.toLowerCase()}.example/${n}`;
type Article = {
  outlet: string;
  n: number;
  day: number;
  figures: { metric: Metric; low: number | null; high: number | null; side: Side | null }[];
};
const claimsOf = (a: Article) =>
  a.figures.map((f, i) => claim(sentenceFor(i), '42', f.metric, f.low, f.high, { attribution: attributionOf(f.side) }));
const corpusOf = (version: string, as: readonly Article[]): BundledCorpus => ({
  format: 'tallymark-bundled',
  version,
  articles: as.map((a) => ({
    url: null,
    outlet: a.outlet,
    title: `${a.outlet} ${a.n}`,
    published: day(a.day),
    claims: a.figures.map((f) => ({
      metric: f.metric,
      qualifier: f.low === f.high ? 'exact' : 'range',
      low: f.low,
      high: f.high,
      figure: '42',
      attribution: attributionOf(f.side),
      period: null,
      scope: 'total',
    })),
  })) as BundledCorpus['articles'],
});

describe('the bucket cache', () => {
  test('random ingests, deletes, restores, bundled loads and judgings: judging through the cache gives what judging without it gives', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 14 }), async (ops) => {
        const db = track(freshDb());
        let now = 1;
        for (const op of ops) {
          if (op.kind === 'ingest')
            await ingestPage(db, page(op.a.outlet, day(op.a.day), urlOf(op.a.outlet, op.a.n)), claimsOf(op.a), { now: now++ });
          else if (op.kind === 'judge') {
            const figs = op.a.figures.map((f) => ({ ...f, period: null, attribution: attributionOf(f.side) }));
            await judgeBoth(db, page(op.a.outlet, day(op.a.day), null), figs, op.opts);
          } else if (op.kind === 'deleteArticle') await deleteArticle(db, urlOf(op.outlet, op.n));
          else if (op.kind === 'deleteOutlet') await deleteOutlet(db, op.outlet);
          else if (op.kind === 'deleteBundled') await deleteBundled(db);
          else if (op.kind === 'deleteAll') await deleteAll(db);
          else if (op.kind === 'loadBundled') await loadBundled(db, corpusOf(op.b.version, op.b.articles), { force: true, now: now++ });
          else {
            const other = track(freshDb());
            for (const a of op.as) await ingestPage(other, page(a.outlet, day(a.day), urlOf(a.outlet, a.n)), claimsOf(a), { now: now++ });
            await restoreBackup(db, await createBackupText(other));
          }
        }
        // A last judging of every metric over the whole span, uncapped.
        const figs = METRICS.map((metric) => ({ metric, low: 300, high: 300, period: null, attribution: attributionOf('kr') }));
        for (const d of [0, 45, 90])
          await judgeBoth(db, page('Mine', day(d), null), figs, {
            maxCompared: Infinity,
            maxEarlierLater: Infinity,
            maxTimeline: Infinity,
            timelineDays: Infinity,
          });
        db.close();
      }),
      { numRuns: 80 },
    );
  }, 120_000);

  test('a warm judging reads its buckets from memory', async () => {
    const db = track(freshDb());
    await ingestPage(db, page('Alpha', '2025-01-18'), [
      claim('Seoul said 300 soldiers died.', '300', 'killed', 300, 300, { attribution: attributionOf('kr') }),
    ]);
    const cache = bucketCacheOf(db) as BucketCache;
    const figs: FigureOnPage[] = [{ metric: 'killed', low: 300, high: 300, period: null, attribution: attributionOf('kr') }];
    await judgeBoth(db, page('Mine', '2025-01-20', null), figs);
    const misses = cache.stats.misses;
    await judgePage(db, page('Mine', '2025-01-20', null), figs);
    expect(cache.stats.misses).toBe(misses);
    expect(cache.stats.hits).toBeGreaterThan(0);
  });

  test('holds at most its bound of decoded buckets, least recently used dropped', async () => {
    const db = track(createDb('bounded', { indexedDB: new IDBFactory(), IDBKeyRange }));
    for (let d = 0; d < 12; d++)
      await ingestPage(db, page('Alpha', day(d * 40), urlOf('Alpha', d)), [
        claim('Seoul said 300 soldiers died.', '300', 'killed', 300, 300),
      ]);
    const cache = bucketCacheOf(db) as BucketCache;
    const small = new BucketCache(3);
    // The same store, read through a small cache: every bucket, three kept.
    const times = await small.timesOf(db, 'killed', small.generation);
    expect(times).toHaveLength(12);
    await small.bucketsOf(db, 'killed', times, small.generation);
    expect(small.size).toBe(3);
    expect(cache.size).toBeLessThanOrEqual(cache.maxBuckets);
    const rows = new BucketCache(3, 2);
    const ids = (await storedClaims(db)).map((r) => r.id);
    expect((await rows.rowsOf(db, ids, rows.generation)).map((r) => r?.id)).toEqual(ids);
    expect(rows.rowCount).toBe(2);
  });
});

describe('a judging after each write sees the write', () => {
  const mine = page('Mine', '2025-01-20', null);
  const figs: FigureOnPage[] = [{ metric: 'killed', low: 300, high: 300, period: null, attribution: attributionOf('kr') }];
  const uncapped: JudgeOptions = { maxCompared: Infinity, maxEarlierLater: Infinity, maxTimeline: Infinity, timelineDays: Infinity };
  const killed = (outlet: string, published: string, n: number, url = urlOf(outlet, 0)) => ({
    page: page(outlet, published, url),
    claims: [claim(`Seoul said ${n} soldiers died.`, String(n), 'killed', n, n, { attribution: attributionOf('kr') })],
  });
  /** Every stored figure the page is shown (compared and timeline), as "outlet low". */
  const seen = async (db: TallymarkDb) => {
    const [v] = await judgeBoth(db, mine, figs, uncapped);
    return [...v!.compared, ...(v!.timeline ?? [])].map((c) => `${c.outlet} ${c.low}`).sort();
  };
  /** A store holding Alpha's 300 on 2025-01-18, its buckets cached by a judging. */
  const warm = async () => {
    const db = track(freshDb());
    const a = killed('Alpha', '2025-01-18', 300);
    await ingestPage(db, a.page, a.claims, { now: 10 });
    expect(await seen(db)).toEqual(['Alpha 300']);
    expect(bucketCacheOf(db)!.size).toBeGreaterThan(0);
    return db;
  };

  test('ingest of a page', async () => {
    const db = await warm();
    const b = killed('Beta', '2025-01-18', 500);
    await ingestPage(db, b.page, b.claims);
    expect(await seen(db)).toEqual(['Alpha 300', 'Beta 500']);
  });

  test('re-ingest of a page (its figure changed, its day too)', async () => {
    const db = await warm();
    const a = killed('Alpha', '2025-01-18', 900);
    await ingestPage(db, a.page, a.claims, { now: 11 });
    expect(await seen(db)).toEqual(['Alpha 900']);
    const moved = killed('Alpha', '2025-03-30', 700);
    await ingestPage(db, moved.page, moved.claims, { now: 12 });
    expect(await seen(db)).toEqual(['Alpha 700']);
  });

  test('restore into a store that is not empty, and into an empty one', async () => {
    const db = await warm();
    const other = track(freshDb());
    const g = killed('Gamma', '2025-01-19', 400);
    await ingestPage(other, g.page, g.claims, { now: 20 });
    // A newer copy of Alpha's page replaces it.
    const a = killed('Alpha', '2025-01-18', 350);
    await ingestPage(other, a.page, a.claims, { now: 30 });
    const text = await createBackupText(other);
    await restoreBackup(db, text);
    expect(await seen(db)).toEqual(['Alpha 350', 'Gamma 400']);
    await deleteAll(db);
    expect(await seen(db)).toEqual([]);
    await restoreBackup(db, text);
    expect(await seen(db)).toEqual(['Alpha 350', 'Gamma 400']);
  });

  test('delete an article, an outlet, everything', async () => {
    const db = await warm();
    for (const [outlet, n] of [
      ['Beta', 500],
      ['Gamma', 400],
    ] as const) {
      const x = killed(outlet, '2025-01-19', n);
      await ingestPage(db, x.page, x.claims);
    }
    expect(await seen(db)).toEqual(['Alpha 300', 'Beta 500', 'Gamma 400']);
    await deleteArticle(db, urlOf('Beta', 0));
    expect(await seen(db)).toEqual(['Alpha 300', 'Gamma 400']);
    await deleteOutlet(db, 'gamma');
    expect(await seen(db)).toEqual(['Alpha 300']);
    await deleteAll(db);
    expect(await seen(db)).toEqual([]);
  });

  test('bundled corpus: load, replace, delete', async () => {
    const db = await warm();
    const corpus = (version: string, n: number) =>
      corpusOf(version, [{ outlet: 'Delta', n: 0, day: 18, figures: [{ metric: 'killed', low: n, high: n, side: 'kr' }] }]);
    await loadBundled(db, corpus('v1', 600));
    expect(await seen(db)).toEqual(['Alpha 300', 'Delta 600']);
    await loadBundled(db, corpus('v2', 650));
    expect(await seen(db)).toEqual(['Alpha 300', 'Delta 650']);
    await deleteBundled(db);
    expect(await seen(db)).toEqual(['Alpha 300']);
    await loadBundled(db, corpus('v3', 660), { force: true });
    expect(await seen(db)).toEqual(['Alpha 300', 'Delta 660']);
  });

  test('the upgrade from version 1: judged from the rebuilt buckets, and a store reopened starts empty', async () => {
    const indexedDB = new IDBFactory();
    const v1 = createDbV1('cache-upgrade', { indexedDB, IDBKeyRange });
    await v1.open();
    await ingestPageV1(
      v1,
      page('Alpha', '2025-01-18'),
      [claim('Seoul said 300 soldiers died.', '300', 'killed', 300, 300, { attribution: attributionOf('kr') })],
      { now: 1 },
    );
    await loadBundledV1(
      v1,
      {
        format: BUNDLED_FORMAT,
        version: 'v1-test',
        articles: [
          {
            url: null,
            outlet: 'Delta',
            title: 'D',
            published: '2025-01-19',
            claims: [
              {
                metric: 'killed',
                qualifier: 'exact',
                low: 600,
                high: 600,
                figure: '600',
                attribution: attributionOf('kr'),
                period: null,
                scope: 'total',
              },
            ],
          },
        ],
      },
      { now: 2 },
    );
    v1.close();
    const db = track(createDb('cache-upgrade', { indexedDB, IDBKeyRange }));
    await db.open();
    expect(db.verno).toBe(10);
    expect(await seen(db)).toEqual(['Alpha 300', 'Delta 600']);
    // Closed and opened again (as after another connection's upgrade): nothing held from before.
    db.close();
    await db.open();
    expect(bucketCacheOf(db)!.size).toBe(0);
    expect(await seen(db)).toEqual(['Alpha 300', 'Delta 600']);
  });

  test('a write that fails leaves nothing stale', async () => {
    const db = await warm();
    const b = killed('Beta', '2025-01-18', 500);
    await expect(
      db.transaction('rw', db.articles, db.buckets, async () => {
        await ingestPage(db, b.page, b.claims);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await seen(db)).toEqual(['Alpha 300']);
  });
});
