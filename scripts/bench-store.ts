// Benchmark of the store: a page's verdicts (20 figures) with 1,000 / 10,000 /
// 100,000 claims stored, and backup and restore of 100,000 claims.
// Runs on fake-indexeddb in Node (no browser): it measures our queries and
// Dexie's work over an in-memory IndexedDB, not a browser's disk.
//   npm run bench:store
import { createBackupText, restoreBackup } from '../lib/store/backup';
import { type ArticleRow, bucketRowsOf, type ClaimRow, createDb, type TallymarkDb, toOutletKey } from '../lib/store/db';
import { storedArticlesOf } from '../lib/store/claim-sets';
import { judgePage } from '../lib/store/judge';
import { ingestPage } from '../lib/store/ingest';
import { createSelectors } from '../lib/anchor/selectors';
import { DAY_MS } from '../lib/compare/time';
import { createRandom } from './random';
import { type AnchoredClaim, type Attribution, METRICS, type Metric, type PageMeta, toArticleId, toClaimId } from '../lib/types';

export interface StoreBenchRow {
  kind: 'verdicts' | 'backup' | 'restore' | 'ingest';
  measure: string;
  /** Claims in the store. */
  claims: number;
  medianMs: number;
  runs: number;
}

const CLAIMS_PER_ARTICLE = 10;
const OUTLETS = 60;
/** Stored articles spread over two years before the page's date. */
const SPAN_DAYS = 730;
const PAGE_DAY = '2025-01-13';
const PAGE_TIME = Date.UTC(2025, 0, 13);

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Rows of a store holding `n` claims, 10 per article, over 60 outlets and two years. */
export function generateRows(n: number, seed = 1): { articles: ArticleRow[]; claims: ClaimRow[] } {
  const rnd = createRandom(seed);
  const articles: ArticleRow[] = [];
  const claims: ClaimRow[] = [];
  for (let a = 0; a * CLAIMS_PER_ARTICLE < n; a++) {
    const outlet = `Outlet ${Math.floor(rnd() * OUTLETS)}`;
    const published = day(PAGE_TIME - Math.floor(rnd() * SPAN_DAYS) * DAY_MS);
    const id = toArticleId(`https://outlet${a % OUTLETS}.example/story/${a}`);
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
    for (let i = 0; i < CLAIMS_PER_ARTICLE && claims.length < n; i++) {
      const metric = METRICS[Math.floor(rnd() * METRICS.length)] as Metric;
      const value = Math.round(100 + rnd() * 12000);
      const sentence = `Officials said ${value} soldiers were affected in this made-up sentence number ${i}.`;
      claims.push({
        id: toClaimId(id, i),
        articleId: id,
        index: i,
        metric,
        qualifier: 'exact',
        low: value,
        high: value,
        figure: String(value),
        start: 15,
        end: 15 + String(value).length,
        sentence,
        attribution: { side: 'kr', text: 'Officials' },
        period: null,
        scope: 'total',
        side: 'kr',
        floor: value * 0.9,
        quote: { type: 'TextQuoteSelector', exact: String(value), prefix: 'Officials said ', suffix: ' soldiers were affected' },
        position: { type: 'TextPositionSelector', start: 15, end: 15 + String(value).length },
        outlet,
        outletKey: article.outletKey,
        published,
        url: article.url,
        title: article.title,
        source: 'browser',
        time: Date.parse(`${published}T00:00:00Z`),
      });
    }
  }
  return { articles, claims };
}

type PageFigure = {
  metric: Metric;
  low: number | null;
  high: number | null;
  period: string | null;
  attribution: Attribution | null;
  scope: 'total';
};

/**
 * The 20 figures of a page: every metric, some with a period a month back,
 * half of them Seoul's (so a source's earlier counts are looked up too).
 */
function pageFigures(): { page: PageMeta; claims: PageFigure[] } {
  const claims = Array.from(
    { length: 20 },
    (_, i): PageFigure => ({
      metric: METRICS[i % METRICS.length] as Metric,
      low: 300 + i * 100,
      high: i % 3 === 0 ? null : 300 + i * 100,
      period: i % 4 === 0 ? '2024-12' : null,
      attribution: i % 2 === 0 ? { side: 'kr', text: 'Seoul' } : null,
      scope: 'total',
    }),
  );
  return { page: { url: 'https://reader.example/page', outlet: 'Reader Outlet', title: 'Page', published: PAGE_DAY }, claims };
}

/** A page's figure as the content script sends it, in a sentence we write. */
function pageClaim(c: PageFigure, i: number): AnchoredClaim {
  const figure = String(c.low ?? c.high);
  const sentence = `Figure ${i} of our made-up page: ${figure} soldiers.`;
  const start = sentence.indexOf(`: ${figure}`) + 2;
  return {
    ...c,
    qualifier: c.high === null ? 'atLeast' : 'exact',
    figure,
    start,
    end: start + figure.length,
    sentence,
    ...createSelectors(sentence, start, start + figure.length),
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

let dbCount = 0;
/** A fresh store per call: on fake-indexeddb in Node (the default), or on the browser's own IndexedDB. */
export type OpenBenchDb = (name: string) => Promise<TallymarkDb>;

const openFakeDb: OpenBenchDb = async (name) => {
  const { IDBFactory, IDBKeyRange } = await import('fake-indexeddb');
  return createDb(name, { indexedDB: new IDBFactory(), IDBKeyRange });
};

async function filledDb(n: number, freshDb: () => Promise<TallymarkDb>): Promise<TallymarkDb> {
  const db = await freshDb();
  const rows = generateRows(n);
  await db.transaction('rw', db.articles, db.buckets, async () => {
    await db.articles.bulkPut(storedArticlesOf(rows.articles, rows.claims));
    await db.buckets.bulkPut(bucketRowsOf(rows.claims));
  });
  return db;
}

async function time(runs: number, fn: () => Promise<unknown>): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

/**
 * Runs the store benchmark; `sizes` and `runs` can be lowered for a quick look.
 * Rows in order: verdicts per size, backup, restore (of the largest size), then ingest per size.
 */
export async function benchStore(
  opts: { sizes?: number[]; runs?: number; backupRuns?: number; openDb?: OpenBenchDb } = {},
): Promise<StoreBenchRow[]> {
  const openDb = opts.openDb ?? openFakeDb;
  const freshDb = () => openDb(`bench-${++dbCount}`);
  const sizes = opts.sizes ?? [1_000, 10_000, 100_000];
  const runs = opts.runs ?? 30;
  const backupRuns = opts.backupRuns ?? 3;
  const rows: StoreBenchRow[] = [];
  const ingestRows: StoreBenchRow[] = [];
  const { page, claims } = pageFigures();
  let largest: TallymarkDb | null = null;
  for (const n of sizes) {
    const db = await filledDb(n, freshDb);
    await judgePage(db, page, claims); // warm up
    rows.push({
      kind: 'verdicts',
      measure: `store: a page’s verdicts (20 figures), ${n.toLocaleString('en-US')} claims stored`,
      claims: n,
      medianMs: await time(runs, () => judgePage(db, page, claims)),
      runs,
    });
    // Reading a page: store it (replacing its earlier copy) and answer its verdicts, as the background does.
    const anchored = claims.map((c, i) => pageClaim(c, i));
    ingestRows.push({
      kind: 'ingest',
      measure: `store: ingest a page (20 figures: store and judge), ${n.toLocaleString('en-US')} claims stored`,
      claims: n,
      medianMs: await time(runs, () => ingestPage(db, page, anchored)),
      runs,
    });
    if (largest) await largest.delete();
    largest = db;
  }
  if (largest && backupRuns > 0) {
    const n = sizes[sizes.length - 1] as number;
    let text = '';
    const backupMs = await time(backupRuns, async () => {
      text = await createBackupText(largest as TallymarkDb);
    });
    rows.push({
      kind: 'backup',
      measure: `store: backup of ${n.toLocaleString('en-US')} claims`,
      claims: n,
      medianMs: backupMs,
      runs: backupRuns,
    });
    const restoreMs = await time(backupRuns, async () => {
      const empty = await freshDb();
      await restoreBackup(empty, text);
      await empty.delete();
    });
    rows.push({
      kind: 'restore',
      measure: `store: restore of ${n.toLocaleString('en-US')} claims into an empty store`,
      claims: n,
      medianMs: restoreMs,
      runs: backupRuns,
    });
  }
  await largest?.delete();
  return [...rows, ...ingestRows];
}

// Run directly (also bundled for a browser by bench-store-browser.ts, where there is no `process`).
if (typeof process !== 'undefined' && process.argv[1] === import.meta.filename) {
  benchStore().then(
    (rows) => {
      process.stdout.write('Store benchmark (fake-indexeddb in Node, not a browser):\n');
      for (const r of rows) process.stdout.write(`  ${r.measure}: median ${r.medianMs.toFixed(2)} ms over ${r.runs} runs\n`);
    },
    (e: unknown) => {
      process.stderr.write(`bench-store: ${(e as Error).stack ?? e}\n`);
      process.exitCode = 1;
    },
  );
}
