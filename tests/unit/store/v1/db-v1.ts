// A copy of schema version 1's code path (lib/store at version 1), kept so
// tests can build a real version-1 store and upgrade it. Do not change.
// biome-ignore-all lint: a frozen copy
// The one Dexie schema of Tallymark's store. Each schema change is a new
// `version()` below the others, with an `.upgrade()` that rewrites old rows;
// keep the old declarations as long as readers may still have them.
import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie';
import { comparisonTime } from '../../../../lib/compare/time';
import type {
  ArticleId,
  ArticleSource,
  Attribution,
  ClaimId,
  Metric,
  Qualifier,
  Scope,
  TextPositionSelector,
  TextQuoteSelector,
} from '../../../../lib/types';
import type { PauseState } from '../../../../lib/messages';

/** Default database name of the extension. */
export const DB_NAME = 'tallymark';

/** An article the reader read (or that came bundled or from a backup). */
export interface ArticleRow {
  /** Canonical URL, or a synthetic `bundled:` / `file:` key. */
  id: ArticleId;
  /** http(s) address, or null (a local file, or a bundled article without one). */
  url: string | null;
  outlet: string;
  /** `outlet` trimmed and lower-cased: outlets are compared by it. */
  outletKey: string;
  title: string;
  /** Publication date, "YYYY-MM-DD". */
  published: string;
  publishedGuessed: boolean;
  /** When it was stored, ms since the epoch. */
  readAt: number;
  source: ArticleSource;
}

/** One stored figure: every Claim field plus where it comes from and when it applies. */
export interface ClaimRow {
  /** `${articleId}#${index}`. */
  id: ClaimId;
  articleId: ArticleId;
  /** Position of the claim in its article. */
  index: number;
  metric: Metric;
  qualifier: Qualifier;
  low: number | null;
  high: number | null;
  figure: string;
  /** Offsets in the article text; null for the bundled corpus, which keeps no text. */
  start: number | null;
  end: number | null;
  /** null for the bundled corpus. */
  sentence: string | null;
  attribution: Attribution | null;
  period: string | null;
  /** Absent on rows stored before scopes existed: read as `total`. */
  scope?: Scope;
  quote: TextQuoteSelector | null;
  position: TextPositionSelector | null;
  /** Copied from the article so a page's verdicts need no join. */
  outlet: string;
  outletKey: string;
  published: string;
  url: string | null;
  title: string;
  source: ArticleSource;
  /** Comparison time, ms: the period (a month as its 15th), else the publication date. */
  time: number;
}

/**
 * All figures of one metric on one day, in short: the index a page's verdicts
 * are answered from. `entries` is JSON of a `BucketData` (one string, cheap to
 * read). Kept up to date by every write (lib/store/buckets.ts).
 */
export interface BucketRow {
  metric: Metric;
  /** Comparison time, ms (always a UTC midnight). */
  time: number;
  entries: string;
}

/** Key–value settings (pause state, bundled corpus version, whether the reader removed it). */
export type SettingRow =
  | { key: 'pause'; value: PauseState }
  | { key: 'bundledVersion'; value: string }
  | { key: 'bundledRemoved'; value: boolean };

export type TallymarkDb = Dexie & {
  articles: EntityTable<ArticleRow, 'id'>;
  claims: EntityTable<ClaimRow, 'id'>;
  settings: EntityTable<SettingRow, 'key'>;
  buckets: Table<BucketRow, [Metric, number]>;
};

/** What an IndexedDB implementation needs to be given outside a browser (fake-indexeddb). */
export interface IndexedDbDeps {
  indexedDB: IDBFactory;
  IDBKeyRange: typeof IDBKeyRange;
}

/** Outlet names are compared trimmed and lower-cased. */
export const toOutletKey = (outlet: string) => outlet.trim().toLowerCase();

/**
 * Version 1's tables. A page's verdicts read `buckets` by `[metric+time]`
 * ranges; `claims` keep the same index so a bucket can be rebuilt from them.
 */
export const SCHEMA_V1 = {
  articles: 'id, outletKey, source, readAt',
  claims: 'id, articleId, [metric+time]',
  settings: 'key',
  buckets: '[metric+time]',
} as const;

/**
 * Fills the derived fields of a claim row written by an older shape (before
 * version 1: no `time`, `outletKey`, `source`, selectors or copied article fields).
 */
async function fillDerivedFields(tx: Transaction): Promise<void> {
  const articles = new Map<string, Partial<ArticleRow>>();
  await tx
    .table('articles')
    .toCollection()
    .modify((a: Partial<ArticleRow> & { id: string }) => {
      a.outlet ??= '';
      a.outletKey = toOutletKey(a.outlet);
      a.source ??= 'browser';
      a.url ??= /^https?:\/\//i.test(a.id) ? a.id : null;
      a.title ??= '';
      a.publishedGuessed ??= false;
      a.readAt ??= 0;
      articles.set(a.id, a);
    });
  await tx
    .table('claims')
    .toCollection()
    .modify((c: Partial<ClaimRow> & { id: string }, ref) => {
      const a = c.articleId !== undefined ? articles.get(c.articleId) : undefined;
      c.outlet ??= a?.outlet ?? '';
      c.outletKey = toOutletKey(c.outlet);
      c.published ??= a?.published ?? '';
      c.url ??= a?.url ?? null;
      c.title ??= a?.title ?? '';
      c.source ??= a?.source ?? 'browser';
      c.period ??= null;
      c.attribution ??= null;
      c.sentence ??= null;
      c.start ??= null;
      c.end ??= null;
      c.quote ??= null;
      c.position ??= null;
      c.index ??= Number(/#(\d+)$/.exec(c.id)?.[1] ?? 0);
      const time = comparisonTime(c.period, c.published);
      // A row with no usable date cannot be compared; drop it rather than index NaN.
      if (time === null) delete (ref as { value?: unknown }).value;
      else c.time = time;
    });
  await tx.table('buckets').clear();
  await tx.table('buckets').bulkPut(bucketRowsOf((await tx.table('claims').toArray()) as ClaimRow[]));
}

/**
 * A bucket's contents, compact: each outlet key and article id written once,
 * each figure as its bounds, the positions of its outlet and article in those
 * lists, and its index in the article (its claim id is `${a[article]}#${index}`).
 */
export interface BucketData {
  o: string[];
  a: string[];
  e: [low: number | null, high: number | null, outlet: number, article: number, index: number][];
}

/** The figures of a bucket, spelled out (for tests and checks; judging reads `BucketData` directly). */
export function decodeBucket(row: BucketRow): { low: number | null; high: number | null; outletKey: string; claimId: string }[] {
  const data = JSON.parse(row.entries) as BucketData;
  return data.e.map(([low, high, o, a, index]) => ({ low, high, outletKey: data.o[o] as string, claimId: `${data.a[a]}#${index}` }));
}

/**
 * The bucket rows holding `claims` (grouped by metric and time). A figure an
 * article repeats (same bounds, same metric and time) is entered once.
 */
export function bucketRowsOf(claims: readonly ClaimRow[]): BucketRow[] {
  const groups = new Map<
    string,
    { metric: Metric; time: number; data: BucketData; outlets: Map<string, number>; articles: Map<string, number>; seen: Set<string> }
  >();
  for (const c of claims) {
    const k = `${c.metric}|${c.time}`;
    let g = groups.get(k);
    if (!g)
      groups.set(
        k,
        (g = { metric: c.metric, time: c.time, data: { o: [], a: [], e: [] }, outlets: new Map(), articles: new Map(), seen: new Set() }),
      );
    const repeat = `${c.articleId}|${c.low}|${c.high}`;
    if (g.seen.has(repeat)) continue;
    g.seen.add(repeat);
    let o = g.outlets.get(c.outletKey);
    if (o === undefined) g.outlets.set(c.outletKey, (o = g.data.o.push(c.outletKey) - 1));
    let a = g.articles.get(c.articleId);
    if (a === undefined) g.articles.set(c.articleId, (a = g.data.a.push(c.articleId) - 1));
    g.data.e.push([c.low, c.high, o, a, c.index]);
  }
  return [...groups.values()].map((g) => ({ metric: g.metric, time: g.time, entries: JSON.stringify(g.data) }));
}

/** Declares every schema version on `db` (exported so tests can open old shapes beside it). */
export function declareSchema(db: Dexie): void {
  db.version(1).stores(SCHEMA_V1).upgrade(fillDerivedFields);
  // Version 2 goes here: db.version(2).stores({...changed tables}).upgrade((tx) => ...);
}

/**
 * Creates (does not open) the store. `deps` gives an IndexedDB implementation
 * outside a browser, e.g. fake-indexeddb in Node.
 */
export function createDb(name: string = DB_NAME, deps?: IndexedDbDeps): TallymarkDb {
  const db = new Dexie(name, deps ? { indexedDB: deps.indexedDB, IDBKeyRange: deps.IDBKeyRange } : undefined) as TallymarkDb;
  declareSchema(db);
  return db;
}
