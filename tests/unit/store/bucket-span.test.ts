// Buckets of a week (or a month) answer exactly what buckets of a day
// answered: the same generated claims stored with buckets of each span are
// judged the same, through the bucket cache and around it, at week and month
// boundaries, at the ends of the ±14-day window and of the reporting days
// read either side. And a version-8 store (buckets of a day) upgrades to
// buckets of a week that judge as it did.
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { DAY_MS } from '../../../lib/compare/time';
import { indexFieldsOf, storedArticlesOf } from '../../../lib/store/claim-sets';
import {
  type ArticleRow,
  BUCKET_SPAN,
  type BucketSpan,
  bucketRowsOf,
  bucketTimeOf,
  type ClaimRow,
  createDb,
  SCHEMA_V8,
  type TallymarkDb,
  toOutletKey,
} from '../../../lib/store/db';
import { type FigureOnPage, type JudgeOptions, judgePage } from '../../../lib/store/judge';
import { type Attribution, METRICS, type Metric, type PageMeta, SCOPES, type Scope, toArticleId, toClaimId } from '../../../lib/types';
import { closeAfterTest, storedClaims } from './helpers';

/** A small seeded generator (the same claims every run). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

const START = Date.UTC(2024, 0, 1);
const SPAN_DAYS = 730;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const ATTRIBUTIONS: (Attribution | null)[] = [
  null,
  { side: 'kr', text: 'Seoul' },
  { side: 'ua', text: 'Kyiv' },
  { side: 'kr', text: 'Seoul and Kyiv' },
  { side: 'us', text: 'Washington' },
];
const BOUNDS: [number | null, number | null][] = [
  [300, 300],
  [330, 330],
  [1000, 1000],
  [1100, 1100],
  [3000, null],
  [null, 500],
  [100, 120],
  [12000, 12000],
];

/** Days that sit on the edges buckets and windows have: week and month starts and ends, ±14 and ±15 days of them. */
function edgeDay(rnd: () => number): number {
  const t = START + Math.floor(rnd() * SPAN_DAYS) * DAY_MS;
  const starts = [bucketTimeOf(t, 'week'), bucketTimeOf(t, 'month')];
  const base = starts[Math.floor(rnd() * starts.length)] as number;
  const shift = [0, -1, 6, 7, 14, -14, 15, -15, 13][Math.floor(rnd() * 9)] as number;
  return base + shift * DAY_MS;
}

/** Articles with their claims: `n` articles over two years, a third of them on edge days; repeats, periods, joint sources. */
function generate(n: number, seed: number, outlets: number): { articles: ArticleRow[]; claims: ClaimRow[] } {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)] as T;
  const articles: ArticleRow[] = [];
  const claims: ClaimRow[] = [];
  for (let a = 0; a < n; a++) {
    const outlet = `Outlet ${Math.floor(rnd() * outlets)}`;
    const t = rnd() < 0.35 ? edgeDay(rnd) : START + Math.floor(rnd() * SPAN_DAYS) * DAY_MS;
    const published = iso(t);
    const id = toArticleId(`https://o${a % 7}.example/story/${a}`);
    const article: ArticleRow = {
      id,
      url: id,
      outlet,
      outletKey: toOutletKey(outlet),
      title: `Story ${a}`,
      published,
      publishedGuessed: false,
      readAt: a,
      source: 'browser',
    };
    articles.push(article);
    const count = 1 + Math.floor(rnd() * 5);
    for (let i = 0; i < count; i++) {
      // Some figures repeat an earlier one of the article (with or without its source).
      const prev = i > 0 && rnd() < 0.2 ? claims[claims.length - 1] : undefined;
      const metric: Metric = prev?.metric ?? pick(METRICS);
      const [low, high] = prev ? [prev.low, prev.high] : pick(BOUNDS);
      const attribution = prev && rnd() < 0.5 ? null : pick(ATTRIBUTIONS);
      const scope: Scope = prev?.scope ?? (rnd() < 0.75 ? 'total' : pick(SCOPES));
      const period = rnd() < 0.1 ? published.slice(0, 7) : null;
      const time = period ? Date.parse(`${period}-15T00:00:00Z`) : t;
      const figure = String(low ?? high);
      const row: ClaimRow = {
        id: toClaimId(id, i),
        articleId: id,
        index: i,
        metric,
        qualifier: low === high ? 'exact' : high === null ? 'atLeast' : low === null ? 'atMost' : 'range',
        low,
        high,
        figure,
        start: 0,
        end: figure.length,
        sentence: `${figure} soldiers, a sentence of our own number ${i}.`,
        attribution,
        period,
        scope,
        side: '',
        quote: null,
        position: null,
        outlet,
        outletKey: article.outletKey,
        published,
        url: article.url,
        title: article.title,
        source: 'browser',
        time,
      };
      const fields = indexFieldsOf(row);
      row.side = fields.side;
      if (fields.floor !== undefined) row.floor = fields.floor;
      if (fields.also !== undefined) row.also = fields.also;
      claims.push(row);
    }
  }
  return { articles, claims };
}

let n = 0;
/** A store of these claims whose buckets are of `span`. */
async function storeOf(rows: { articles: ArticleRow[]; claims: ClaimRow[] }, span: BucketSpan): Promise<TallymarkDb> {
  const db = createDb(`span-${span}-${++n}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  closeAfterTest(db);
  await db.transaction('rw', db.articles, db.buckets, async () => {
    await db.articles.bulkPut(storedArticlesOf(rows.articles, rows.claims));
    await db.buckets.bulkPut(bucketRowsOf(rows.claims, span));
  });
  return db;
}

/** Pages on edge days and others, each with figures of several metrics, sides and scopes. */
function pagesOf(seed: number, outlets: number, count = 20): { page: PageMeta; figures: FigureOnPage[] }[] {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)] as T;
  const out: { page: PageMeta; figures: FigureOnPage[] }[] = [];
  for (let p = 0; p < count; p++) {
    // Some pages before the first stored day and after the last.
    const t = p % 8 === 0 ? START + (p % 16 === 0 ? -40 : SPAN_DAYS + 40) * DAY_MS : edgeDay(rnd);
    const outlet = `Outlet ${Math.floor(rnd() * (outlets + 1))}`;
    const page: PageMeta = {
      url: `https://mine.example/${p}`,
      outlet,
      title: 'Mine',
      published: iso(t),
      ...(rnd() < 0.2 ? { outletClaimed: `Outlet ${Math.floor(rnd() * outlets)}` } : {}),
    };
    const figures: FigureOnPage[] = [];
    for (let i = 0, k = 1 + Math.floor(rnd() * 4); i < k; i++) {
      const [low, high] = pick(BOUNDS);
      const period = rnd() < 0.15 ? iso(t - Math.floor(rnd() * 60) * DAY_MS).slice(0, 7) : null;
      figures.push({
        metric: pick(METRICS),
        low,
        high,
        period,
        scope: rnd() < 0.8 ? 'total' : pick(SCOPES),
        attribution: pick(ATTRIBUTIONS),
      });
    }
    out.push({ page, figures });
  }
  return out;
}

const OPTIONS: JudgeOptions[] = [
  {},
  { timelineDays: 0 },
  { timelineDays: 1, maxEarlierLater: 5 },
  { timelineDays: 20, maxTimeline: 40, maxCompared: 30 },
  { timelineDays: Infinity, maxCompared: Infinity, maxEarlierLater: Infinity, maxTimeline: Infinity },
];

describe('buckets of a week or a month judge as buckets of a day', () => {
  for (const { name, articles, outlets } of [
    { name: 'many claims (every day reported)', articles: 400, outlets: 10 },
    { name: 'few claims (reporting days weeks apart)', articles: 60, outlets: 4 },
  ]) {
    test(name, async () => {
      const rows = generate(articles, 7, outlets);
      expect(BUCKET_SPAN).toBe('week');
      // The generator makes what the rules read: joint sources, repeats left out of buckets, periods.
      expect(rows.claims.some((c) => c.also?.length)).toBe(true);
      expect(rows.claims.some((c) => c.period !== null)).toBe(true);
      const day = await storeOf(rows, 'day');
      const week = await storeOf(rows, 'week');
      const month = await storeOf(rows, 'month');
      expect(await week.buckets.count()).toBeLessThan(await day.buckets.count());
      // The same figures, each at its own time, in every span.
      const figuresOf = async (db: TallymarkDb) => {
        const { decodeBucketEntries } = await import('../../../lib/store/bucket-cache');
        return (await db.buckets.orderBy('[metric+time]').toArray()).flatMap(decodeBucketEntries);
      };
      const want = await figuresOf(day);
      expect(await figuresOf(week)).toEqual(want);
      expect(await figuresOf(month)).toEqual(want);
      let verdicts = 0;
      for (const { page, figures } of pagesOf(11, outlets, 16)) {
        for (const [k, opts] of OPTIONS.entries()) {
          // A stored article left out (`check --first-install`), with some of the options.
          const exclude = { ...opts, excludeArticles: new Set([rows.articles[k]?.id as string]) };
          for (const o of k % 2 ? [opts, exclude] : [opts]) {
            const expected = await judgePage(day, page, figures, { ...o, bucketCache: false });
            expect(await judgePage(week, page, figures, { ...o, bucketCache: false })).toEqual(expected);
            expect(await judgePage(week, page, figures, o)).toEqual(expected);
            expect(await judgePage(month, page, figures, { ...o, bucketCache: false })).toEqual(expected);
            expect(await judgePage(month, page, figures, o)).toEqual(expected);
            verdicts += expected.filter((v) => (v.comparedCount ?? 0) > 0 || (v.timeline ?? []).length > 0).length;
          }
        }
      }
      // The pages found stored figures to weigh and to show (the comparison is not of empty answers).
      expect(verdicts).toBeGreaterThan(100);
    }, 60_000);
  }
});

test('a version-8 store (buckets of a day) upgrades to buckets of a week that judge as it did', async () => {
  const rows = generate(300, 3, 6);
  const indexedDB = new IDBFactory();
  const v8 = new Dexie('upgrade-v9', { indexedDB, IDBKeyRange }) as TallymarkDb;
  closeAfterTest(v8);
  v8.version(8).stores(SCHEMA_V8);
  await v8.transaction('rw', v8.articles, v8.buckets, async () => {
    await v8.articles.bulkPut(storedArticlesOf(rows.articles, rows.claims));
    await v8.buckets.bulkPut(bucketRowsOf(rows.claims, 'day'));
  });
  const dayRows = await v8.buckets.count();
  const pages = pagesOf(5, 6);
  const before = [];
  for (const { page, figures } of pages) before.push(await judgePage(v8, page, figures, { bucketCache: false }));
  v8.close();

  const db = createDb('upgrade-v9', { indexedDB, IDBKeyRange });
  closeAfterTest(db);
  await db.open();
  expect(db.verno).toBeGreaterThanOrEqual(9);
  const claims = await storedClaims(db);
  expect(claims).toHaveLength(rows.claims.length);
  const buckets = await db.buckets.orderBy('[metric+time]').toArray();
  const rebuilt = bucketRowsOf(claims, 'week').sort((a, b) => (a.metric < b.metric ? -1 : a.metric > b.metric ? 1 : a.time - b.time));
  expect(buckets).toEqual(rebuilt);
  expect(buckets.length).toBeLessThan(dayRows);
  expect(buckets.every((b) => b.time === bucketTimeOf(b.time, 'week'))).toBe(true);
  for (const [i, { page, figures }] of pages.entries()) {
    expect(await judgePage(db, page, figures, { bucketCache: false })).toEqual(before[i]);
    expect(await judgePage(db, page, figures)).toEqual(before[i]);
  }
});
